import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { applyBulkEdit } from "../domain/bulk";
import type { BulkEditInput, UpdateMenuItemInput } from "../schemas";
import { requireStore } from "./menu-csv";
import { itemColumns, syncOptionGroups } from "./item-editor";
import { announceMenuChange } from "./notify";

/**
 * Saves an item's fields if nobody changed it since the editor loaded it (`updatedAt`
 * compare-and-set); otherwise the last writer is told it changed and nothing is written.
 */
export async function updateMenuItem(
  db: Db,
  actor: Actor,
  input: UpdateMenuItemInput,
  meta?: RequestMeta,
) {
  await requireStore(db, actor, input.storeId);
  return db.$transaction(async (tx) => {
    const before = await tx.menuItem.findFirst({ where: { id: input.id, storeId: input.storeId } });
    if (!before) throw new AppError("not_found", "No such item in this store.");
    const columns = await itemColumns(tx, input);
    const { count } = await tx.menuItem.updateMany({
      where: { id: input.id, updatedAt: input.expectedUpdatedAt },
      data: columns,
    });
    if (count === 0) {
      throw new AppError(
        "conflict",
        "Someone changed this item since you opened it; reload to see their change.",
        {
          fields: { _: ["Changed by someone else."] },
        },
      );
    }
    await syncOptionGroups(tx, input.id, input.optionGroups);
    await recordAudit(
      tx,
      actor,
      {
        action: "menu.item_updated",
        entityType: "MenuItem",
        entityId: input.id,
        storeId: input.storeId,
        before: { priceCents: before.priceCents, active: before.active, nameZh: before.nameZh },
        after: { priceCents: input.priceCents, active: input.active, nameZh: input.nameZh },
      },
      meta,
    );
    await announceMenuChange(tx, { storeId: input.storeId, reason: "edited", itemIds: [input.id] });
    return tx.menuItem.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, updatedAt: true },
    });
  });
}

/**
 * Applies one bulk edit (price by %, move to a category, enable/disable) to items of one store,
 * all or nothing: an id outside the store refuses the whole edit, like a missing one.
 */
export async function bulkEditItems(
  db: Db,
  actor: Actor,
  input: BulkEditInput,
  meta?: RequestMeta,
) {
  await requireStore(db, actor, input.storeId);
  const ids = [...new Set(input.itemIds)];
  return db.$transaction(async (tx) => {
    const items = await tx.menuItem.findMany({
      where: { id: { in: ids }, storeId: input.storeId },
      select: { id: true, priceCents: true, categoryId: true, active: true, soldOutUntil: true },
    });
    if (items.length !== ids.length)
      throw new AppError("not_found", "Some selected items are not on this store's menu.", {
        fields: { itemIds: ["Some selected items are not on this store's menu."] },
      });
    if (input.edit.kind === "move" && input.edit.categoryId) {
      const cat = await tx.menuCategory.count({
        where: { id: input.edit.categoryId, storeId: input.storeId },
      });
      if (cat === 0)
        throw new AppError("validation", "Pick a category of this store.", {
          fields: { "edit.categoryId": ["Pick a category of this store."] },
        });
    }
    const changes = applyBulkEdit(items, input.edit);
    for (const [id, data] of changes)
      await tx.menuItem.update({ where: { id, storeId: input.storeId }, data });
    const before = items.filter((i) => changes.has(i.id));
    await recordAudit(
      tx,
      actor,
      {
        action: "menu.bulk_edit",
        entityType: "Store",
        entityId: input.storeId,
        storeId: input.storeId,
        before: Object.fromEntries(
          before.map((i) => [
            i.id,
            { priceCents: i.priceCents, categoryId: i.categoryId, active: i.active },
          ]),
        ),
        after: { edit: input.edit, changes: Object.fromEntries(changes) },
      },
      meta,
    );
    if (changes.size > 0)
      await announceMenuChange(tx, {
        storeId: input.storeId,
        reason: "edited",
        itemIds: [...changes.keys()],
      });
    return { changed: changes.size, selected: ids.length };
  });
}
