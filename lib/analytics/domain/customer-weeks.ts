import { dayKey, weekKey } from "./calendar";

export type CustomerOrderFact = { customerId: string; storeId: string; placedAt: Date };

export type CustomerWeekRow = {
  customerId: string;
  week: string;
  storeId: string;
  firstWeek: string;
  orders: number;
};

/**
 * One row per customer, week and store from a customer's sold orders; `firstWeek` is the week
 * of their first sold order anywhere, the cohort they belong to.
 */
export function customerWeekRows(orders: readonly CustomerOrderFact[]): CustomerWeekRow[] {
  const first = new Map<string, string>();
  for (const o of orders) {
    const week = weekKey(dayKey(o.placedAt));
    const seen = first.get(o.customerId);
    if (seen === undefined || week < seen) first.set(o.customerId, week);
  }
  const rows = new Map<string, CustomerWeekRow>();
  for (const o of orders) {
    const week = weekKey(dayKey(o.placedAt));
    const key = `${o.customerId}|${week}|${o.storeId}`;
    const row = rows.get(key) ?? {
      customerId: o.customerId,
      week,
      storeId: o.storeId,
      firstWeek: first.get(o.customerId) ?? week,
      orders: 0,
    };
    row.orders += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}
