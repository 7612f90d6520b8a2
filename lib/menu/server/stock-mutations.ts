import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { AdjustStockInput } from "../schemas";
import { announceIfLow } from "./ingredient-stock";
import { announceMenuChange } from "./notify";

/**
 * Books a manual stock change (count correction or waste) to an item or ingredient, with
 * its reason, in one transaction with the ledger row and the audit row. Stock can never go
 * below zero: a decrement larger than what is on hand is refused.
 */
export async function adjustStock(
  db: Db,
  actor: Actor,
  input: AdjustStockInput,
  meta?: RequestMeta,
): Promise<{ stockQty: number }> {
  if (input.reason === "WASTE" && input.delta > 0) {
    throw new AppError("validation", "Waste takes stock away.", {
      fields: { delta: ["Waste must be negative."] },
    });
  }
  const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  return db.$transaction(async (tx) => {
    const row =
      input.target === "item"
        ? await tx.menuItem.findFirst({
            where: { id: input.id, stockTracked: true, ...scope },
            select: { storeId: true, nameZh: true, stockQty: true, lowStockThreshold: true },
          })
        : await tx.ingredient.findFirst({
            where: { id: input.id, ...scope },
            select: { storeId: true, name: true, stockQty: true, lowStockThreshold: true },
          });
    if (!row) throw new AppError("not_found", "No such counted stock in your stores.");
    const floor = input.delta < 0 ? { stockQty: { gte: -input.delta - 1e-9 } } : {};
    const change = {
      stockQty: input.delta < 0 ? { decrement: -input.delta } : { increment: input.delta },
    };
    const { count } =
      input.target === "item"
        ? await tx.menuItem.updateMany({ where: { id: input.id, ...floor }, data: change })
        : await tx.ingredient.updateMany({ where: { id: input.id, ...floor }, data: change });
    if (count === 0) {
      throw new AppError("validation", "Stock cannot go below zero.", {
        fields: { delta: [`Only ${row.stockQty ?? 0} on hand.`] },
      });
    }
    const after = (row.stockQty ?? 0) + input.delta;
    await tx.stockMovement.create({
      data: {
        storeId: row.storeId,
        itemId: input.target === "item" ? input.id : null,
        ingredientId: input.target === "ingredient" ? input.id : null,
        delta: input.delta,
        reason: input.reason,
        actorId: actor.id,
        note: input.note,
      },
    });
    if (input.target === "item") {
      // Counted stock back above zero puts an item that ran out on sale again.
      if (after > 0 && (row.stockQty ?? 0) <= 0) {
        await tx.menuItem.update({ where: { id: input.id }, data: { soldOutUntil: null } });
      }
      await announceMenuChange(tx, { storeId: row.storeId, reason: "stock", itemIds: [input.id] });
    }
    const name = "name" in row ? row.name : row.nameZh;
    if (input.delta < 0) {
      await announceIfLow(tx, row.storeId, {
        kind: input.target,
        id: input.id,
        name,
        after,
        used: -input.delta,
        threshold: row.lowStockThreshold,
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: input.reason === "WASTE" ? "stock.waste" : "stock.adjusted",
        entityType: input.target === "item" ? "MenuItem" : "Ingredient",
        entityId: input.id,
        storeId: row.storeId,
        before: { stockQty: row.stockQty },
        after: { stockQty: after, note: input.note },
      },
      meta,
    );
    return { stockQty: after };
  });
}
