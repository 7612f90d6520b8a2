import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { needsApproval } from "../domain/kinds";
import { approvalThresholdCents, hasPendingApproval, requestApproval } from "./requests";

type Tx = Prisma.TransactionClient;

export type PriceChangeItem = { id: string; storeId: string; nameZh: string; priceCents: number };

/**
 * The PRICE_CHANGE gate for a menu mutation, inside its transaction: a change of an item's
 * price by at least the store's threshold (either way) is queued for a second person instead
 * of being written; the caller keeps the old price. Smaller changes pass (`pending: false`).
 */
export async function gatePriceChange(
  tx: Tx,
  requestedById: string,
  item: PriceChangeItem,
  toCents: number,
): Promise<{ pending: false } | { pending: true; approvalId: string }> {
  const delta = Math.abs(toCents - item.priceCents);
  if (delta === 0) return { pending: false };
  const threshold = await approvalThresholdCents(tx, "PRICE_CHANGE", item.storeId);
  if (!needsApproval(delta, threshold)) return { pending: false };
  if (await hasPendingApproval(tx, "PRICE_CHANGE", "MenuItem", item.id)) {
    throw new AppError("conflict", "A price change of this item is already waiting for approval.", {
      fields: { priceCents: ["A price change is already waiting for approval."] },
    });
  }
  const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;
  const request = await requestApproval(tx, {
    kind: "PRICE_CHANGE",
    storeId: item.storeId,
    amountCents: delta,
    summary: `Price of "${item.nameZh}" ${yuan(item.priceCents)} → ${yuan(toCents)}`,
    payload: { itemId: item.id, storeId: item.storeId, fromCents: item.priceCents, toCents },
    requestedById,
    subjectType: "MenuItem",
    subjectId: item.id,
  });
  return { pending: true, approvalId: request.id };
}

const payloadSchema = z.object({
  itemId: z.string().min(1),
  storeId: z.string().min(1),
  fromCents: z.number().int().min(0),
  toCents: z.number().int().min(0),
});

/**
 * PRICE_CHANGE executor: writes the approved price, only if the item still has the price the
 * request was made from (a later edit makes the request stale: refused, nothing written).
 */
export async function applyApprovedPriceChange(tx: Tx, payload: unknown): Promise<void> {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw new AppError("validation", "Malformed price change request.");
  const p = parsed.data;
  const { count } = await tx.menuItem.updateMany({
    where: { id: p.itemId, storeId: p.storeId, priceCents: p.fromCents },
    data: { priceCents: p.toCents },
  });
  if (count !== 1)
    throw new AppError("conflict", "The item's price changed since the request; ask again.");
}

/**
 * The gate for batch edits (bulk %, CSV import): like `gatePriceChange`, but an item whose
 * earlier change still waits for a decision is held as well instead of refusing the batch.
 */
export async function holdPriceChange(
  tx: Tx,
  requestedById: string,
  item: PriceChangeItem,
  toCents: number,
): Promise<boolean> {
  try {
    return (await gatePriceChange(tx, requestedById, item, toCents)).pending;
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return true;
    throw e;
  }
}
