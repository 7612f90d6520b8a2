import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { suggestReorder, type ReorderSuggestion } from "../domain/reorder";

export type PurchaseOrderRow = {
  id: string;
  supplierName: string;
  status: "DRAFT" | "SENT" | "PARTLY_RECEIVED" | "RECEIVED" | "CANCELLED";
  totalCents: number;
  createdAt: Date;
  lines: {
    id: string;
    ingredient: string;
    unit: string;
    quantity: number;
    receivedQty: number;
    unitCostCents: number;
  }[];
};

export type ReorderRow = ReorderSuggestion & {
  name: string;
  unit: string;
  stockQty: number;
  supplierId: string | null;
  supplierName: string | null;
  leadTimeDays: number;
  unitCostCents: number | null;
};

const WINDOW_DAYS = 28;

/** A store's purchase orders, newest first, with their lines. */
export async function findPurchaseOrders(db: Db, storeId: string): Promise<PurchaseOrderRow[]> {
  const rows = await db.purchaseOrder.findMany({
    where: { storeId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      status: true,
      totalCents: true,
      createdAt: true,
      supplier: { select: { name: true } },
      lines: {
        select: {
          id: true,
          quantity: true,
          receivedQty: true,
          unitCostCents: true,
          ingredient: { select: { name: true, unit: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    supplierName: r.supplier.name,
    status: r.status,
    totalCents: r.totalCents,
    createdAt: r.createdAt,
    lines: r.lines.map((l) => ({
      id: l.id,
      ingredient: l.ingredient.name,
      unit: l.ingredient.unit,
      quantity: l.quantity,
      receivedQty: l.receivedQty,
      unitCostCents: l.unitCostCents,
    })),
  }));
}

/** Suppliers a store may order from (its own and shared ones). */
export function findSuppliers(db: Db, storeId: string) {
  return db.supplier.findMany({
    where: { OR: [{ storeId: null }, { storeId }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      storeId: true,
      name: true,
      leadTimeDays: true,
      contactName: true,
      phone: true,
      ingredients: {
        where: { storeId },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      },
    },
  });
}
export type SupplierRow = Awaited<ReturnType<typeof findSuppliers>>[number];

/**
 * Reorder suggestions per ingredient: average daily use over the last four weeks (orders and
 * waste, net of cancels) × the lead time of the supplier it was last bought from, plus safety.
 */
export async function findReorderSuggestions(
  db: Db,
  storeId: string,
  now = new Date(),
): Promise<ReorderRow[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const [ingredients, usage, lastLines, suppliers] = await Promise.all([
    db.ingredient.findMany({
      where: { storeId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        unit: true,
        stockQty: true,
        costCents: true,
        supplier: { select: { id: true, name: true, leadTimeDays: true } },
      },
    }),
    db.stockMovement.groupBy({
      by: ["ingredientId"],
      where: {
        storeId,
        ingredientId: { not: null },
        reason: { in: ["ORDER", "CANCEL", "WASTE"] },
        createdAt: { gte: since },
      },
      _sum: { delta: true },
    }),
    db.purchaseOrderLine.findMany({
      where: { purchaseOrder: { storeId } },
      orderBy: { purchaseOrder: { createdAt: "desc" } },
      select: {
        ingredientId: true,
        purchaseOrder: {
          select: { supplier: { select: { id: true, name: true, leadTimeDays: true } } },
        },
      },
    }),
    findSuppliers(db, storeId),
  ]);
  const used = new Map(usage.map((u) => [u.ingredientId, -(u._sum.delta ?? 0)]));
  const lastSupplier = new Map<string, { id: string; name: string; leadTimeDays: number }>();
  for (const l of lastLines)
    if (!lastSupplier.has(l.ingredientId))
      lastSupplier.set(l.ingredientId, l.purchaseOrder.supplier);
  const fallback = suppliers[0] ?? null;
  return ingredients.map((i) => {
    // The supplier linked to the ingredient first, else the one it was last bought from.
    const supplier = i.supplier ?? lastSupplier.get(i.id) ?? fallback;
    const leadTimeDays = supplier?.leadTimeDays ?? 2;
    return {
      ...suggestReorder({
        ingredientId: i.id,
        stockQty: i.stockQty,
        usedQty: used.get(i.id) ?? 0,
        windowDays: WINDOW_DAYS,
        leadTimeDays,
      }),
      name: i.name,
      unit: i.unit,
      stockQty: Math.round(i.stockQty * 1000) / 1000,
      supplierId: supplier?.id ?? null,
      supplierName: supplier?.name ?? null,
      leadTimeDays,
      unitCostCents: i.costCents,
    };
  });
}
