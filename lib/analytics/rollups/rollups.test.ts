import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  rawCampaigns,
  rawCustomers,
  rawDaily,
  rawDishes,
  rawSupport,
} from "./reference.test-helpers";
import { rebuildRollups, refreshRollups } from "./refresh";

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

async function rollupDaily() {
  const rows = await t.db.analyticsHourly.groupBy({
    by: ["day", "storeId", "zoneId", "channel"],
    _sum: {
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
    },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["day", "storeId", "zoneId", "channel"],
  );
}

async function rollupDishes() {
  const rows = await t.db.analyticsDish.groupBy({
    by: ["day", "storeId", "itemId"],
    _sum: { quantity: true, revenueCents: true, refundedQty: true },
  });
  return sorted(
    rows.map(({ _sum, ...key }) => ({ ...key, ..._sum })),
    ["day", "storeId", "itemId"],
  );
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
    _sum: { orders: true },
  });
  return sorted(
    rows.map((r) => ({ customerId: r.customerId, orders: r._sum.orders, firstWeek: r.firstWeek })),
    ["customerId"],
  );
}

/** Every rollup metric against the same metric computed straight from raw rows. */
async function expectRollupsMatchRaw() {
  const raw = sorted(rawDaily(t.file), ["day", "storeId", "zoneId", "channel"]);
  expect(raw.length).toBeGreaterThan(0);
  expect(await rollupDaily()).toEqual(raw);
  expect(await rollupDishes()).toEqual(sorted(rawDishes(t.file), ["day", "storeId", "itemId"]));
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
