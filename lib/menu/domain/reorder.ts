/** Usage of one ingredient: total consumed over a window of whole days. */
export type UsageInput = {
  ingredientId: string;
  stockQty: number;
  /** Positive amount consumed (orders and waste, net of cancels) over `windowDays`. */
  usedQty: number;
  windowDays: number;
  leadTimeDays: number;
  /** Extra days of cover kept as safety stock. */
  safetyDays?: number;
};

export type ReorderSuggestion = {
  ingredientId: string;
  dailyUsage: number;
  /** Stock needed to last until a delivery arrives, plus safety. */
  reorderPoint: number;
  /** How much to order now (0 when stock covers the reorder point). */
  suggestedQty: number;
  daysOfCover: number | null;
};

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Reorder suggestion from average daily usage over the last weeks × (lead time + safety
 * days): order up to that point plus one lead time of usage, so the next order is not due
 * the day this one lands. Never negative; nothing suggested without usage.
 */
export function suggestReorder(input: UsageInput): ReorderSuggestion {
  const days = Math.max(1, input.windowDays);
  const dailyUsage = Math.max(0, input.usedQty) / days;
  const safety = input.safetyDays ?? 2;
  const reorderPoint = dailyUsage * (input.leadTimeDays + safety);
  const target = reorderPoint + dailyUsage * input.leadTimeDays;
  const stock = Math.max(0, input.stockQty);
  const suggestedQty = stock <= reorderPoint && dailyUsage > 0 ? Math.ceil(target - stock) : 0;
  return {
    ingredientId: input.ingredientId,
    dailyUsage: round(dailyUsage),
    reorderPoint: round(reorderPoint),
    suggestedQty: Math.max(0, suggestedQty),
    daysOfCover: dailyUsage > 0 ? round(stock / dailyUsage, 1) : null,
  };
}
