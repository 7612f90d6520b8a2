import "server-only";
import { db } from "@/lib/platform/db";

export type LedgerRow = {
  id: string;
  at: Date;
  kind: "item" | "ingredient";
  name: string;
  unit: string | null;
  delta: number;
  reason: "ORDER" | "CANCEL" | "ADJUST" | "RECEIVE" | "WASTE";
  orderId: string | null;
  orderCode: string | null;
  actorName: string | null;
  note: string | null;
};

export type StockTarget = {
  kind: "item" | "ingredient";
  id: string;
  name: string;
  stockQty: number;
  unit: string | null;
};

/** A store's stock movements, newest first (every order, cancel, adjustment, delivery, waste). */
export async function findStockLedger(storeId: string, take = 200): Promise<LedgerRow[]> {
  const rows = await db.stockMovement.findMany({
    where: { storeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      delta: true,
      reason: true,
      orderId: true,
      note: true,
      item: { select: { nameZh: true, nameEn: true } },
      ingredient: { select: { name: true, unit: true } },
      actor: { select: { name: true } },
    },
  });
  const orderIds = [...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))];
  const orders = await db.order.findMany({
    where: { id: { in: orderIds } },
    select: { id: true, code: true },
  });
  const codes = new Map(orders.map((o) => [o.id, o.code]));
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt,
    kind: r.ingredient ? "ingredient" : "item",
    name: r.ingredient?.name ?? (r.item ? `${r.item.nameZh} ${r.item.nameEn}` : "—"),
    unit: r.ingredient?.unit ?? null,
    delta: Math.round(r.delta * 1000) / 1000,
    reason: r.reason,
    orderId: r.orderId,
    orderCode: r.orderId ? (codes.get(r.orderId) ?? null) : null,
    actorName: r.actor?.name ?? null,
    note: r.note,
  }));
}

/** What can be adjusted by hand in a store: counted items and every ingredient. */
export async function findStockTargets(storeId: string): Promise<StockTarget[]> {
  const [items, ingredients] = await Promise.all([
    db.menuItem.findMany({
      where: { storeId, stockTracked: true },
      orderBy: { nameZh: "asc" },
      select: { id: true, nameZh: true, nameEn: true, stockQty: true },
    }),
    db.ingredient.findMany({
      where: { storeId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, unit: true, stockQty: true },
    }),
  ]);
  return [
    ...items.map((i) => ({
      kind: "item" as const,
      id: i.id,
      name: `${i.nameZh} ${i.nameEn}`,
      stockQty: i.stockQty ?? 0,
      unit: null,
    })),
    ...ingredients.map((i) => ({
      kind: "ingredient" as const,
      id: i.id,
      name: i.name,
      stockQty: Math.round(i.stockQty * 1000) / 1000,
      unit: i.unit,
    })),
  ];
}
