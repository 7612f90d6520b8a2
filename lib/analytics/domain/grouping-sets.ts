// Grouping sets: besides the detailed rows (store × zone × channel), every rollup also keeps
// rows where zone and/or channel are summed up ("*"), the way a cube does. A dashboard query
// then reads exactly the grouping set its filter asks for (a filter on nothing reads one row per
// store and day or hour instead of a row per zone and channel), so it scans few rows at any
// order volume. "" (no zone) stays its own detailed value.
import {
  HIST_KEYS,
  type CampaignRow,
  type CourierRow,
  type DishRow,
  type HourlyRow,
} from "./rollup-rows";

/** The zone or channel of a row that sums every zone or channel. */
export const ALL = "*";

export const HOURLY_MEASURES = [
  "orders",
  "cancelled",
  "gmvCents",
  "discountCents",
  "refundCents",
  "refundedOrders",
  "customerOrders",
  "newCustomerOrders",
  "campaignOrders",
  "campaignGmvCents",
  "delivered",
  "onTime",
  "deliverySeconds",
  "prepared",
  "prepSeconds",
  ...HIST_KEYS,
] as const;

const DISH_MEASURES = [
  "lines",
  "quantity",
  "revenueCents",
  "cancelledQty",
  "refundedQty",
  "optionLines",
  "complaints",
  "ratingSum",
  "ratingCount",
] as const;

type Measure = (typeof HOURLY_MEASURES)[number];
export type DailyRow = Omit<HourlyRow, "hourStart" | "hour">;

function sets(zoneId: string, channel: string): [string, string][] {
  return [
    [zoneId, channel],
    [ALL, channel],
    [zoneId, ALL],
    [ALL, ALL],
  ];
}

function addInto<T, M extends keyof T & string>(
  map: Map<string, T>,
  key: string,
  source: Record<M, number>,
  measures: readonly M[],
  make: () => T,
): void {
  let row = map.get(key);
  if (row === undefined) {
    row = make();
    for (const m of measures) (row as Record<M, number>)[m] = 0;
    map.set(key, row);
  }
  for (const m of measures) (row as Record<M, number>)[m] += source[m];
}

/** The detailed hourly rows plus their zone/channel totals. */
export function hourlyGroupingSets(rows: readonly HourlyRow[]): HourlyRow[] {
  const out = new Map<string, HourlyRow>();
  for (const r of rows) {
    for (const [zoneId, channel] of sets(r.zoneId, r.channel)) {
      const key = `${r.hourStart.getTime()}|${r.storeId}|${zoneId}|${channel}`;
      addInto<HourlyRow, Measure>(out, key, r, HOURLY_MEASURES, () => ({ ...r, zoneId, channel }));
    }
  }
  return [...out.values()];
}

/** Daily rows (store × zone × channel and their totals) from detailed hourly rows. */
export function dailyGroupingSets(rows: readonly HourlyRow[]): DailyRow[] {
  const out = new Map<string, DailyRow>();
  for (const r of rows) {
    if (r.zoneId === ALL || r.channel === ALL) continue;
    for (const [zoneId, channel] of sets(r.zoneId, r.channel)) {
      const key = `${r.day}|${r.storeId}|${zoneId}|${channel}`;
      addInto<DailyRow, Measure>(out, key, r, HOURLY_MEASURES, () => {
        const { hourStart: _h, hour: _hour, ...rest } = r;
        return { ...rest, zoneId, channel };
      });
    }
  }
  return [...out.values()];
}

/** The dish rows per zone and channel plus their zone/channel totals. */
export function dishGroupingSets(rows: readonly DishRow[]): DishRow[] {
  return cube(rows, (r) => r.itemId, DISH_MEASURES);
}

/** Courier rows per zone and channel of the delivered orders plus their totals. */
export function courierGroupingSets(rows: readonly CourierRow[]): CourierRow[] {
  return cube(rows, (r) => r.courierId, ["deliveries", "onTime", "deliverySeconds"] as const);
}

/** Campaign rows per zone and channel plus their all-zone rows (channel stays detailed). */
export function campaignGroupingSets(rows: readonly CampaignRow[]): CampaignRow[] {
  return cube(
    rows,
    (r) => r.campaignId,
    CAMPAIGN_MEASURES,
    (z, c) => [
      [z, c],
      [ALL, c],
    ],
  );
}

const CAMPAIGN_MEASURES = [
  "redemptions",
  "discountCents",
  "storeCostCents",
  "platformCostCents",
  "orderGmvCents",
] as const;

type Dims = { day: string; storeId: string; zoneId: string; channel: string };

/** Detailed rows of (day, store, zone, channel, key) plus the zone/channel total sets. */
export function cube<T extends Dims, M extends keyof T & string>(
  rows: readonly T[],
  key: (r: T) => string,
  measures: readonly M[],
  groups: (zoneId: string, channel: string) => [string, string][] = sets,
): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    for (const [zoneId, channel] of groups(r.zoneId, r.channel)) {
      const id = `${r.day}|${r.storeId}|${zoneId}|${channel}|${key(r)}`;
      addInto(out, id, r as T & Record<M, number>, measures, () => ({ ...r, zoneId, channel }));
    }
  }
  return [...out.values()];
}
