import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  gatePriceChange,
  holdPriceChange,
  type PriceChangeItem,
} from "@/lib/approvals/server/price-change";
import { applyBulkEdit } from "../domain/bulk";
import type { BulkEditInput, UpdateMenuItemInput } from "../schemas";
import { requireStore } from "./menu-csv";
import { itemColumns, syncOptionGroups } from "./item-editor";
import { announceMenuChange } from "./notify";

type Tx = Prisma.TransactionClient;

/**
 * Saves an item's fields if nobody changed it since the editor loaded it (`updatedAt`
 * compare-and-set); otherwise the last writer is told it changed and nothing is written.
 * A price change reaching the store's PRICE_CHANGE threshold is queued for a second person:
 * every other field is saved, the old price kept, and `priceApprovalId` names the request.
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
    const gate = await gatePriceChange(tx, actor.id, before, input.priceCents);
    if (gate.pending) columns.priceCents = before.priceCents;
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
        after: {
          priceCents: columns.priceCents,
          active: input.active,
          nameZh: input.nameZh,
          ...(gate.pending
            ? { requestedPriceCents: input.priceCents, approvalId: gate.approvalId }
            : {}),
        },
      },
      meta,
    );
    await announceMenuChange(tx, { storeId: input.storeId, reason: "edited", itemIds: [input.id] });
    const saved = await tx.menuItem.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, updatedAt: true },
    });
    return { ...saved, priceApprovalId: gate.pending ? gate.approvalId : null };
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
      select: {
        id: true,
        storeId: true,
        nameZh: true,
        priceCents: true,
        categoryId: true,
        active: true,
        soldOutUntil: true,
      },
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
    const pendingApproval = await gateBulkPrices(tx, actor.id, items, changes);
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
        after: { edit: input.edit, changes: Object.fromEntries(changes), pendingApproval },
      },
      meta,
    );
    if (changes.size > 0)
      await announceMenuChange(tx, {
        storeId: input.storeId,
        reason: "edited",
        itemIds: [...changes.keys()],
      });
    return { changed: changes.size, selected: ids.length, pendingApproval: pendingApproval.length };
  });
}

/**
 * Bulk price changes through the PRICE_CHANGE gate: an item whose change reaches the store's
 * threshold is queued (or already waits for a decision) and dropped from `changes`, keeping
 * its old price. Returns the ids of the items whose new price awaits approval.
 */
async function gateBulkPrices(
  tx: Tx,
  actorId: string,
  items: readonly PriceChangeItem[],
  changes: Map<string, { priceCents?: number }>,
): Promise<string[]> {
  const held: string[] = [];
  for (const item of items) {
    const to = changes.get(item.id)?.priceCents;
    if (to === undefined) continue;
    if (await holdPriceChange(tx, actorId, item, to)) {
      changes.delete(item.id);
      held.push(item.id);
    }
  }
  return held;
}
