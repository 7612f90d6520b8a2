import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { rawCampaigns, rawCustomers, rawDaily, rawSupport } from "./reference.test-helpers";
import { rebuildRollups, refreshRollups } from "./refresh";
import { expectZoneChannelSetsMatchRaw } from "./zone-sets.test-helpers";

const NOW = new Date("2026-11-24T04:30:00Z");
let t: TestDb;

const sorted = <T extends Record<string, unknown>>(rows: T[], keys: (keyof T)[]) =>
  [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = String(a[k]);
      const y = String(b[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });

const DAILY_SUMS = {
  orders: true,
  cancelled: true,
  gmvCents: true,
  discountCents: true,
  refundCents: true,
  refundedOrders: true,
  newCustomerOrders: true,
  delivered: true,
  onTime: true,
  deliverySeconds: true,
} as const;
const DAILY_KEYS = ["day", "storeId", "zoneId", "channel"] as const;
type Key = Record<(typeof DAILY_KEYS)[number], string>;
type GroupSet = { store?: boolean; zone: boolean; channel: boolean };
const SETS: GroupSet[] = [
  { zone: false, channel: true },
  { zone: true, channel: false },
  { zone: true, channel: true },
  { store: true, zone: false, channel: false },
  { store: true, zone: false, channel: true },
  { store: true, zone: true, channel: false },
  { store: true, zone: true, channel: true },
];
const ALL = "*";

/** The rows of one grouping set ("*" on the summed dimensions; detailed: none summed). */
function setWhere(set: GroupSet | null) {
  return {
    storeId: set?.store ? ALL : { not: ALL },
    zoneId: set?.zone ? ALL : { not: ALL },
    channel: set?.channel ? ALL : { not: ALL },
  };
}

async function rollupDaily(table: "hourly" | "daily", set: GroupSet | null) {
  const where = setWhere(set);
  const rows =
    table === "hourly"
      ? await t.db.analyticsHourly.groupBy({ by: [...DAILY_KEYS], where, _sum: DAILY_SUMS })
      : await t.db.analyticsDaily.groupBy({ by: [...DAILY_KEYS], where, _sum: DAILY_SUMS });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    [...DAILY_KEYS],
  );
}

/** Raw per-day rows summed over the set's dimensions (in JS, from the raw SQL's rows). */
function collapse(raw: Record<string, string | number>[], set: GroupSet) {
  const out = new Map<string, Record<string, string | number>>();
  for (const r of raw) {
    const key: Key = {
      day: String(r.day),
      storeId: set.store ? ALL : String(r.storeId),
      zoneId: set.zone ? ALL : String(r.zoneId),
      channel: set.channel ? ALL : String(r.channel),
    };
    const id = DAILY_KEYS.map((k) => key[k]).join("|");
    const row = out.get(id) ?? { ...key };
    for (const m of Object.keys(DAILY_SUMS)) row[m] = Number(row[m] ?? 0) + Number(r[m]);
    out.set(id, row);
  }
  return sorted([...out.values()], [...DAILY_KEYS]);
}

async function rollupSupport() {
  const rows = await t.db.analyticsSupportDaily.groupBy({
    by: ["day", "storeId"],
    _sum: { tickets: true, csatSum: true, csatCount: true, resolved: true },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["day", "storeId"],
  );
}

async function rollupCampaigns() {
  const rows = await t.db.analyticsCampaignDaily.groupBy({
    by: ["campaignId"],
    where: { zoneId: ALL },
    _sum: { redemptions: true, discountCents: true },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["campaignId"],
  );
}

async function rollupCustomers() {
  const rows = await t.db.analyticsCustomerWeek.groupBy({
    by: ["customerId", "firstWeek"],
    where: { zoneId: ALL, channel: ALL },
    _sum: { orders: true },
  });
  return sorted(
    rows.map((r) => ({ customerId: r.customerId, orders: r._sum.orders, firstWeek: r.firstWeek })),
    ["customerId"],
  );
}

/** Every rollup metric against the same metric computed straight from raw rows. */
async function expectRollupsMatchRaw() {
  const raw = sorted(rawDaily(t.file), [...DAILY_KEYS]);
  expect(raw.length).toBeGreaterThan(0);
  expect(await rollupDaily("hourly", null)).toEqual(raw);
  expect(await rollupDaily("daily", null)).toEqual(raw);
  for (const set of SETS) {
    const expected = collapse(raw, set);
    expect(await rollupDaily("hourly", set)).toEqual(expected);
    expect(await rollupDaily("daily", set)).toEqual(expected);
  }
  await expectZoneChannelSetsMatchRaw(t.db, t.file);
  expect(await rollupSupport()).toEqual(sorted(rawSupport(t.file), ["day", "storeId"]));
  expect(await rollupCampaigns()).toEqual(rawCampaigns(t.file));
  expect(await rollupCustomers()).toEqual(rawCustomers(t.file));
}

beforeAll(async () => {
  t = createTestDb();
  await seedDemo(t.db, { orders: 1200, days: 10, now: NOW, databaseUrl: t.url });
  await rebuildRollups(t.db, NOW);
});
afterAll(() => t.cleanup());

describe("analytics rollups", () => {
  it("equal direct computations from raw rows after a full rebuild", async () => {
    await expectRollupsMatchRaw();
  });

  it("stay equal after refunds, cancellations, tickets and new orders, incrementally", async () => {
    const delivered = await t.db.order.findFirstOrThrow({
      where: { status: "DELIVERED" },
      orderBy: { placedAt: "asc" },
    });
    await t.db.refund.create({
      data: { orderId: delivered.id, amountCents: 777, reasonCode: "late", bearer: "STORE" },
    });
    const cancelledFirst = await t.db.order.findFirstOrThrow({
      where: { status: "DELIVERED", customerId: { not: null } },
      orderBy: { placedAt: "asc" },
      skip: 3,
    });
    await t.db.order.update({
      where: { id: cancelledFirst.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), deliveredAt: null },
    });
    await t.db.ticket.create({
      data: {
        code: "T-analytics-1",
        storeId: delivered.storeId,
        orderId: delivered.id,
        source: "STAFF",
        subject: "late",
        labels: '["late"]',
        csatScore: 2,
        createdAt: delivered.placedAt,
      },
    });
    // Before the refresh the rollups are stale: the test can tell.
    await expect(expectRollupsMatchRaw()).rejects.toThrow();
    const result = await refreshRollups(t.db, new Date());
    expect(result.rebuilt).toBe(false);
    expect(result.storeDays).toBeGreaterThan(0);
    await expectRollupsMatchRaw();
  });

  it("rebuilds everything when there is no watermark yet", async () => {
    await t.db.analyticsWatermark.deleteMany();
    await t.db.analyticsHourly.deleteMany();
    expect((await refreshRollups(t.db, new Date())).rebuilt).toBe(true);
    await expectRollupsMatchRaw();
  });
});
