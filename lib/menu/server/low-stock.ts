import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { AttentionStock } from "@/lib/attention/domain/rules";

/** Counted dishes and ingredients at or below their low-stock threshold, in the store scope. */
export async function findLowStock(
  db: Db,
  scope: { storeId?: { in: string[] } },
): Promise<AttentionStock[]> {
  const [items, ingredients] = await Promise.all([
    db.menuItem.findMany({
      where: {
        ...scope,
        active: true,
        stockTracked: true,
        lowStockThreshold: { not: null },
        stockQty: { lte: db.menuItem.fields.lowStockThreshold },
      },
      select: { id: true, storeId: true, nameZh: true, stockQty: true, lowStockThreshold: true },
      take: 200,
    }),
    db.ingredient.findMany({
      where: {
        ...scope,
        lowStockThreshold: { not: null },
        stockQty: { lte: db.ingredient.fields.lowStockThreshold },
      },
      select: { id: true, storeId: true, name: true, stockQty: true, lowStockThreshold: true },
      take: 200,
    }),
  ]);
  return [
    ...items.map((i) => ({
      kind: "item" as const,
      id: i.id,
      storeId: i.storeId,
      name: i.nameZh,
      qty: i.stockQty ?? 0,
      threshold: i.lowStockThreshold ?? 0,
    })),
    ...ingredients.map((i) => ({
      kind: "ingredient" as const,
      id: i.id,
      storeId: i.storeId,
      name: i.name,
      qty: i.stockQty,
      threshold: i.lowStockThreshold ?? 0,
    })),
  ];
}
