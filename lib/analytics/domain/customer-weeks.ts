import { dayKey, weekKey } from "./calendar";
import { ALL } from "./grouping-sets";

export type CustomerOrderFact = {
  customerId: string;
  storeId: string;
  /** The order's delivery zone (null: none, kept as ""). */
  zoneId: string | null;
  channel: string;
  placedAt: Date;
};

export type CustomerWeekRow = {
  customerId: string;
  week: string;
  storeId: string;
  zoneId: string;
  channel: string;
  firstWeek: string;
  orders: number;
};

/**
 * One row per customer, week, store, zone and channel from a customer's sold orders, plus the
 * zone/channel total rows ("*", grouping sets as in the other rollups). `firstWeek` is the week
 * of their first sold order anywhere (any store, zone or channel): the cohort they belong to.
 * A zone or channel filter therefore keeps each customer's cohort and counts only their orders
 * in that zone or channel.
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
    const zone = o.zoneId ?? "";
    for (const [zoneId, channel] of [
      [zone, o.channel],
      [ALL, o.channel],
      [zone, ALL],
      [ALL, ALL],
    ] as const) {
      const key = `${o.customerId}|${week}|${o.storeId}|${zoneId}|${channel}`;
      const row = rows.get(key) ?? {
        customerId: o.customerId,
        week,
        storeId: o.storeId,
        zoneId,
        channel,
        firstWeek: first.get(o.customerId) ?? week,
        orders: 0,
      };
      row.orders += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}
