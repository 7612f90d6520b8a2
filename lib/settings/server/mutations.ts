import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { storeScope, type Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import type { UpdateStoreSettingsInput } from "../schemas";

const SETTINGS_SELECT = {
  status: true,
  pausedReason: true,
  prepMinutes: true,
  busyExtraMinutes: true,
  autoAccept: true,
  minOrderCents: true,
  packagingFeeCents: true,
  slotMaxOrders: true,
  slotMaxValueCents: true,
} as const;

const HOURS_SELECT = { dayOfWeek: true, opensAt: true, closesAt: true } as const;

/**
 * Saves one store's operating settings and replaces its opening hours, with an audit row of
 * the before and after values, all in one transaction. A store outside the actor's scope
 * reads as not found.
 */
export async function updateStoreSettings(
  db: Db,
  actor: Actor,
  input: UpdateStoreSettingsInput,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  // storeScope narrows to this one id, or to nothing when it is not the actor's store.
  const idScope = storeScope(actor, input.storeId).storeId ?? input.storeId;
  return db.$transaction(async (tx) => {
    const current = await tx.store.findFirst({
      where: { id: idScope },
      select: {
        id: true,
        code: true,
        ...SETTINGS_SELECT,
        hours: { select: HOURS_SELECT, orderBy: [{ dayOfWeek: "asc" }, { opensAt: "asc" }] },
      },
    });
    if (!current) throw new AppError("not_found", "No such store.");
    const { id, code, hours: beforeHours, ...before } = current;
    const after = {
      status: input.status,
      pausedReason: input.pausedReason,
      prepMinutes: input.prepMinutes,
      busyExtraMinutes: input.busyExtraMinutes,
      autoAccept: JSON.stringify(input.autoAccept),
      minOrderCents: input.minOrderCents,
      packagingFeeCents: input.packagingFeeCents,
      slotMaxOrders: input.slotMaxOrders,
      slotMaxValueCents: input.slotMaxValueCents,
    };
    await tx.store.update({ where: { id }, data: after, select: { id: true } });
    await tx.openingHours.deleteMany({ where: { storeId: id } });
    await tx.openingHours.createMany({ data: input.hours.map((h) => ({ ...h, storeId: id })) });
    await recordAudit(
      tx,
      actor,
      {
        action: "store.settings.update",
        entityType: "Store",
        entityId: id,
        storeId: id,
        before: { code, ...before, hours: beforeHours },
        after: { code, ...after, hours: input.hours },
      },
      meta,
    );
    return { id };
  });
}
