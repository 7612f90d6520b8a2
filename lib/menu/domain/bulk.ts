export type BulkItem = {
  id: string;
  priceCents: number;
  categoryId: string | null;
  active: boolean;
  /** End of a sold-out ("86"), null when on sale. */
  soldOutUntil?: Date | null;
};

export type BulkEdit =
  | { kind: "price_percent"; percent: number }
  | { kind: "move"; categoryId: string | null }
  | { kind: "enable"; active: boolean };

type Change = Partial<Pick<BulkItem, "priceCents" | "categoryId" | "active" | "soldOutUntil">>;

/** A price changed by a percentage, rounded to whole fen; null when it would go below zero. */
export function percentPrice(priceCents: number, percent: number): number | null {
  const price = Math.round((priceCents * (100 + percent)) / 100);
  return price < 0 ? null : price;
}

/**
 * The changes a bulk edit makes, per item id; items it would not change are left out. Prices
 * change by a percentage rounded to whole fen and never go below zero; enabling also ends a
 * sold-out, so "enable" means "orderable again".
 */
export function applyBulkEdit(items: readonly BulkItem[], edit: BulkEdit): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const item of items) {
    if (edit.kind === "price_percent") {
      const price = Math.max(0, percentPrice(item.priceCents, edit.percent) ?? 0);
      if (price !== item.priceCents) changes.set(item.id, { priceCents: price });
    } else if (edit.kind === "move") {
      if (item.categoryId !== edit.categoryId)
        changes.set(item.id, { categoryId: edit.categoryId });
    } else if (edit.active) {
      const soldOut = item.soldOutUntil !== undefined && item.soldOutUntil !== null;
      if (!item.active || soldOut)
        changes.set(item.id, { active: true, ...(soldOut ? { soldOutUntil: null } : {}) });
    } else if (item.active) {
      changes.set(item.id, { active: false });
    }
  }
  return changes;
}
