import type { Prisma } from "@/lib/generated/prisma/client";
import type { CategoryRule } from "../domain/sellable";

type Tx = Pick<Prisma.TransactionClient, "menuCategory" | "recipeLine" | "optionRecipeLine">;

// One portion needs at least this much of an ingredient (float stock drifts in the last bits).
const EPSILON = 1e-9;

export type SellContext = {
  categories: Map<string, CategoryRule>;
  /** Items whose recipe needs an ingredient the store has less than one portion of. */
  shortItems: Set<string>;
  /** Options whose own recipe ("extra beef") cannot be made from the stock on hand. */
  shortOptions: Set<string>;
};

/**
 * What decides availability beyond the item row itself, for the given stores: category
 * switches and hours, and ingredient shortages of item and option recipes.
 */
export async function loadSellContext(tx: Tx, storeIds: string[]): Promise<SellContext> {
  const [categories, itemLines, optionLines] = await Promise.all([
    tx.menuCategory.findMany({
      where: { storeId: { in: storeIds } },
      select: { id: true, parentId: true, active: true, availability: true },
    }),
    tx.recipeLine.findMany({
      where: { item: { storeId: { in: storeIds } }, quantity: { gt: 0 } },
      select: { itemId: true, quantity: true, ingredient: { select: { stockQty: true } } },
    }),
    tx.optionRecipeLine.findMany({
      where: { ingredient: { storeId: { in: storeIds } }, quantity: { gt: 0 } },
      select: { optionId: true, quantity: true, ingredient: { select: { stockQty: true } } },
    }),
  ]);
  const short = (l: { quantity: number; ingredient: { stockQty: number } }) =>
    l.ingredient.stockQty + EPSILON < l.quantity;
  return {
    categories: new Map(categories.map((c) => [c.id, c])),
    shortItems: new Set(itemLines.filter(short).map((l) => l.itemId)),
    shortOptions: new Set(optionLines.filter(short).map((l) => l.optionId)),
  };
}
