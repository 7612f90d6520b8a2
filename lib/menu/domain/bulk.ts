export type BulkItem = {
  id: string;
  priceCents: number;
  categoryId: string | null;
  active: boolean;
};

export type BulkEdit =
  | { kind: "price_percent"; percent: number }
  | { kind: "move"; categoryId: string | null }
  | { kind: "enable"; active: boolean };

/**
 * The changes a bulk edit makes, per item id; items it would not change are left out. Prices
 * change by a percentage rounded to whole fen and never go below zero.
 */
export function applyBulkEdit(
  items: readonly BulkItem[],
  edit: BulkEdit,
): Map<string, Partial<Omit<BulkItem, "id">>> {
  const changes = new Map<string, Partial<Omit<BulkItem, "id">>>();
  for (const item of items) {
    if (edit.kind === "price_percent") {
      const price = Math.max(0, Math.round((item.priceCents * (100 + edit.percent)) / 100));
      if (price !== item.priceCents) changes.set(item.id, { priceCents: price });
    } else if (edit.kind === "move") {
      if (item.categoryId !== edit.categoryId)
        changes.set(item.id, { categoryId: edit.categoryId });
    } else if (item.active !== edit.active) {
      changes.set(item.id, { active: edit.active });
    }
  }
  return changes;
}
