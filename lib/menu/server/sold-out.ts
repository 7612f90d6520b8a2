import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { soldOutUntil } from "../domain/sold-out";
import type { SetSoldOutInput } from "../schemas";
import { announceMenuChange } from "./notify";

/** Where the sold-out target lives, limited to the actor's stores (foreign reads as missing). */
async function findTarget(db: Db, actor: Actor, input: SetSoldOutInput) {
  const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  if (input.target === "item") {
    const item = await db.menuItem.findFirst({
      where: { id: input.id, ...scope },
      select: { id: true, storeId: true, soldOutUntil: true },
    });
    return item && { storeId: item.storeId, before: item.soldOutUntil };
  }
  const option = await db.menuOption.findFirst({
    where: { id: input.id, group: { item: scope } },
    select: { soldOutUntil: true, group: { select: { item: { select: { storeId: true } } } } },
  });
  return option && { storeId: option.group.item.storeId, before: option.soldOutUntil };
}

/**
 * Marks an item or option sold out now, until a time, or until the store's next opening, or
 * back on sale ("restock"). Intake reads `soldOutUntil` on every order, so it takes effect at
 * once; channels hear it through the `menu.updated` webhook queued in the same transaction.
 */
export async function setSoldOut(
  db: Db,
  actor: Actor,
  input: SetSoldOutInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ soldOutUntil: Date | null }> {
  const target = await findTarget(db, actor, input);
  if (!target) throw new AppError("not_found", "No such menu entry in your stores.");
  const hours = await db.openingHours.findMany({
    where: { storeId: target.storeId },
    select: { dayOfWeek: true, opensAt: true, closesAt: true },
  });
  const end = soldOutUntil(input.mode, now, hours, input.until);
  if (!end.ok) throw new AppError("validation", end.message, { fields: { until: [end.message] } });
  await db.$transaction(async (tx) => {
    if (input.target === "item") {
      await tx.menuItem.update({ where: { id: input.id }, data: { soldOutUntil: end.until } });
    } else {
      await tx.menuOption.update({ where: { id: input.id }, data: { soldOutUntil: end.until } });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: end.until ? "menu.sold_out" : "menu.restocked",
        entityType: input.target === "item" ? "MenuItem" : "MenuOption",
        entityId: input.id,
        storeId: target.storeId,
        before: { soldOutUntil: target.before },
        after: { soldOutUntil: end.until, mode: input.mode },
      },
      meta,
    );
    await announceMenuChange(
      tx,
      {
        storeId: target.storeId,
        reason: end.until ? "sold_out" : "restocked",
        itemIds: input.target === "item" ? [input.id] : [],
        optionIds: input.target === "option" ? [input.id] : [],
      },
      now,
    );
  });
  return { soldOutUntil: end.until };
}
