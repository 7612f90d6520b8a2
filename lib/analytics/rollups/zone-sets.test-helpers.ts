// Rollup-vs-raw checks for the zone and channel grouping sets of the dish, courier, campaign
// and customer-week rollups (every set, detailed and "*", against plain SQL over raw rows).
import { expect } from "vitest";
import type { Db } from "@/lib/platform/db-client";
import {
  rawCampaignZones,
  rawCouriers,
  rawCustomerZones,
  rawDishes,
} from "./reference.test-helpers";

const ALL = "*";

const sorted = <T extends object>(rows: T[], keys: string[]): Row[] =>
  (rows as Row[]).sort((a, b) => {
    for (const k of keys) {
      const x = String(a[k]);
      const y = String(b[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });

type Row = Record<string, string | number | null>;
/** Zone and channel grouping sets: each dimension detailed (false) or summed to "*" (true). */
const ZC: { zone: boolean; channel: boolean }[] = [
  { zone: false, channel: false },
  { zone: true, channel: false },
  { zone: false, channel: true },
  { zone: true, channel: true },
];

/** Raw rows summed over the dimensions named in `summed` (their value becomes "*"). */
function collapseRows(raw: Row[], keys: string[], measures: string[], summed: string[]) {
  const out = new Map<string, Row>();
  for (const r of raw) {
    const key: Row = {};
    for (const k of keys) key[k] = summed.includes(k) ? ALL : String(r[k]);
    const id = keys.map((k) => key[k]).join("|");
    const row = out.get(id) ?? { ...key };
    for (const m of measures) row[m] = Number(row[m] ?? 0) + Number(r[m]);
    out.set(id, row);
  }
  return sorted([...out.values()], keys);
}
const summedDims = (set: { zone: boolean; channel: boolean; store?: boolean }) => [
  ...(set.zone ? ["zoneId"] : []),
  ...(set.channel ? ["channel"] : []),
  ...(set.store ? ["storeId"] : []),
];
const pinned = (all: boolean | undefined) => (all ? ALL : { not: ALL });

const DISH_KEYS = ["day", "storeId", "zoneId", "channel", "itemId"];
const DISH_SUMS = { quantity: true, revenueCents: true, refundedQty: true } as const;
async function rollupDishes(db: Db, set: { zone: boolean; channel: boolean }) {
  const rows = await db.analyticsDish.groupBy({
    by: ["day", "storeId", "zoneId", "channel", "itemId"],
    where: { zoneId: pinned(set.zone), channel: pinned(set.channel) },
    _sum: DISH_SUMS,
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    DISH_KEYS,
  );
}

const COURIER_KEYS = ["day", "storeId", "zoneId", "channel", "courierId"];
async function rollupCouriers(db: Db, set: { zone: boolean; channel: boolean; store: boolean }) {
  const rows = await db.analyticsCourierDaily.findMany({
    where: { storeId: pinned(set.store), zoneId: pinned(set.zone), channel: pinned(set.channel) },
    select: {
      day: true,
      storeId: true,
      zoneId: true,
      channel: true,
      courierId: true,
      deliveries: true,
      onTime: true,
      deliverySeconds: true,
    },
  });
  return sorted(rows, COURIER_KEYS);
}

async function rollupCampaignZones(db: Db, zoneAll: boolean) {
  const rows = await db.analyticsCampaignDaily.groupBy({
    by: ["campaignId", "zoneId", "channel"],
    where: { zoneId: pinned(zoneAll) },
    _sum: { redemptions: true, discountCents: true },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["campaignId", "zoneId", "channel"],
  );
}

async function rollupCustomerZones(db: Db, set: { zone: boolean; channel: boolean }) {
  const rows = await db.analyticsCustomerWeek.groupBy({
    by: ["customerId", "zoneId", "channel", "firstWeek"],
    where: { zoneId: pinned(set.zone), channel: pinned(set.channel) },
    _sum: { orders: true },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["customerId", "zoneId", "channel"],
  );
}

/** Dish, courier, campaign and customer rollups: every zone/channel set against raw rows. */
export async function expectZoneChannelSetsMatchRaw(db: Db, file: string) {
  const dishes = rawDishes(file);
  const couriers = rawCouriers(file);
  const customers = rawCustomerZones(file);
  expect(couriers.length).toBeGreaterThan(0);
  const courierSums = ["deliveries", "onTime", "deliverySeconds"];
  for (const set of ZC) {
    expect(await rollupDishes(db, set)).toEqual(
      collapseRows(dishes, DISH_KEYS, Object.keys(DISH_SUMS), summedDims(set)),
    );
    for (const store of [false, true]) {
      expect(await rollupCouriers(db, { ...set, store })).toEqual(
        collapseRows(couriers, COURIER_KEYS, courierSums, summedDims({ ...set, store })),
      );
    }
    const expected = collapseRows(
      customers,
      ["customerId", "zoneId", "channel"],
      ["orders"],
      summedDims(set),
    );
    const firstWeek = new Map(customers.map((c) => [c.customerId, c.firstWeek]));
    expect(await rollupCustomerZones(db, set)).toEqual(
      expected.map((r) => ({ ...r, firstWeek: firstWeek.get(String(r.customerId)) })),
    );
  }
  const campaigns = rawCampaignZones(file);
  expect(campaigns.length).toBeGreaterThan(0);
  const campaignKeys = ["campaignId", "zoneId", "channel"];
  const campaignSums = ["redemptions", "discountCents"];
  expect(await rollupCampaignZones(db, false)).toEqual(
    collapseRows(campaigns, campaignKeys, campaignSums, []),
  );
  expect(await rollupCampaignZones(db, true)).toEqual(
    collapseRows(campaigns, campaignKeys, campaignSums, ["zoneId"]),
  );
}
