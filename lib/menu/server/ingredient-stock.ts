import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { recipeConsumption, type RecipeLine } from "../domain/recipe";

type Tx = Prisma.TransactionClient;

// Float ingredient quantities (kg, L) drift in the last bits; this much is "enough".
const EPSILON = 1e-9;

export type StockLowPayload = {
  kind: "item" | "ingredient";
  id: string;
  name: string;
  stockQty: number;
  threshold: number;
};

/** Publishes `stock.low` when a decrement of `used` took stock from above the threshold to at or below it. */
export async function announceIfLow(
  tx: Tx,
  storeId: string,
  row: {
    kind: "item" | "ingredient";
    id: string;
    name: string;
    after: number;
    used: number;
    threshold: number | null;
  },
): Promise<void> {
  if (row.threshold === null) return;
  if (row.after > row.threshold + EPSILON || row.after + row.used <= row.threshold + EPSILON)
    return;
  const payload: StockLowPayload = {
    kind: row.kind,
    id: row.id,
    name: row.name,
    stockQty: Math.round(row.after * 1000) / 1000,
    threshold: row.threshold,
  };
  await publishEvent(tx, { topic: "stock.low", storeId, payload });
}

/**
 * Consumes the ingredients of an order's recipes with conditional decrements, so concurrent
 * orders can never take an ingredient below zero: a shortfall refuses the whole order (the
 * caller's transaction rolls back). Each ingredient used gets one ledger row.
 */
export async function consumeIngredients(
  tx: Tx,
  input: {
    storeId: string;
    orderId: string;
    lines: { itemId: string; quantity: number; name: string; optionIds?: string[] }[];
  },
): Promise<void> {
  const optionIds = [...new Set(input.lines.flatMap((l) => l.optionIds ?? []))];
  const [recipeRows, optionRows] = await Promise.all([
    tx.recipeLine.findMany({
      where: {
        itemId: { in: [...new Set(input.lines.map((l) => l.itemId))] },
        item: { storeId: input.storeId },
      },
      select: { itemId: true, ingredientId: true, quantity: true },
    }),
    optionIds.length === 0
      ? Promise.resolve([])
      : tx.optionRecipeLine.findMany({
          where: { optionId: { in: optionIds }, ingredient: { storeId: input.storeId } },
          select: { optionId: true, ingredientId: true, quantity: true },
        }),
  ]);
  if (recipeRows.length === 0 && optionRows.length === 0) return;
  const recipes = new Map<string, RecipeLine[]>();
  for (const r of recipeRows) recipes.set(r.itemId, [...(recipes.get(r.itemId) ?? []), r]);
  const optionRecipes = new Map<string, RecipeLine[]>();
  for (const r of optionRows)
    optionRecipes.set(r.optionId, [...(optionRecipes.get(r.optionId) ?? []), r]);
  const usage = recipeConsumption(input.lines, recipes, optionRecipes);
  for (const [ingredientId, used] of usage) {
    if (used <= 0) continue;
    const { count } = await tx.ingredient.updateMany({
      where: { id: ingredientId, storeId: input.storeId, stockQty: { gte: used - EPSILON } },
      data: { stockQty: { decrement: used } },
    });
    const row = await tx.ingredient.findUnique({
      where: { id: ingredientId },
      select: { name: true, stockQty: true, lowStockThreshold: true },
    });
    if (count === 0) {
      const uses = (r: RecipeLine) => r.ingredientId === ingredientId;
      const dishes = input.lines.filter(
        (l) =>
          recipes.get(l.itemId)?.some(uses) ||
          (l.optionIds ?? []).some((o) => optionRecipes.get(o)?.some(uses)),
      );
      const names = dishes.map((d) => d.name).join(", ");
      throw new AppError("conflict", `Not enough ${row?.name ?? "ingredient"} for ${names}.`, {
        fields: { items: [`${names}: an ingredient (${row?.name ?? ingredientId}) has run out.`] },
      });
    }
    await tx.stockMovement.create({
      data: {
        storeId: input.storeId,
        ingredientId,
        delta: -used,
        reason: "ORDER",
        orderId: input.orderId,
      },
    });
    if (row) {
      await announceIfLow(tx, input.storeId, {
        kind: "ingredient",
        id: ingredientId,
        name: row.name,
        after: row.stockQty,
        used,
        threshold: row.lowStockThreshold,
      });
    }
  }
}

/** Gives back the ingredients an order still holds (net of earlier releases), with ledger rows. */
export async function releaseIngredients(
  tx: Tx,
  input: { storeId: string; orderId: string; actorId: string | null },
): Promise<void> {
  const moves = await tx.stockMovement.findMany({
    where: {
      orderId: input.orderId,
      ingredientId: { not: null },
      reason: { in: ["ORDER", "CANCEL"] },
    },
    select: { ingredientId: true, delta: true },
  });
  const net = new Map<string, number>();
  for (const m of moves)
    if (m.ingredientId) net.set(m.ingredientId, (net.get(m.ingredientId) ?? 0) + m.delta);
  for (const [ingredientId, delta] of net) {
    const back = Math.round(-delta * 1e6) / 1e6;
    if (back <= 0) continue;
    await tx.ingredient.updateMany({
      where: { id: ingredientId },
      data: { stockQty: { increment: back } },
    });
    await tx.stockMovement.create({
      data: {
        storeId: input.storeId,
        ingredientId,
        delta: back,
        reason: "CANCEL",
        orderId: input.orderId,
        actorId: input.actorId,
      },
    });
  }
}
