// Zone and channel filters on the menu, campaigns, customers and delivery (couriers) panels:
// the panel figures equal a direct computation from raw orders restricted to that zone/channel,
// after a full rebuild and after a refund and a cancellation applied incrementally.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDb } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/platform/actor";

vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { seedDemo } = await import("@/lib/seed");
const { rebuildRollups, refreshRollups } = await import("./refresh");
const { resolveScope } = await import("@/lib/analytics/server/scope");
const { PANEL_QUERIES } = await import("@/lib/analytics/server/panels");
const { addDays, weekKey } = await import("@/lib/analytics/domain/calendar");
const raw = await import("./reference.test-helpers");
const db = testDb.db;

const NOW = new Date("2026-11-24T04:30:00Z");
const PERIOD = { from: "2026-11-13", to: "2026-11-24" };
const admin: Actor = {
  id: "a",
  email: "a@x",
  name: "A",
  role: "PLATFORM_ADMIN",
  locale: null,
  storeIds: null,
};
let zoneId = "";
const CHANNEL = "MEITUAN" as const;

type Only = { zoneId?: string; channel?: string };
const filters = (): Only[] => [{ zoneId }, { channel: CHANNEL }, { zoneId, channel: CHANNEL }];
const scopeOf = (only: Only) =>
  resolveScope(admin, {
    ...PERIOD,
    ...(only.zoneId ? { zone: only.zoneId } : {}),
    ...(only.channel ? { channel: only.channel } : {}),
  });
const byKey = (rows: Record<string, unknown>[], key: string, value: string) =>
  new Map(rows.map((r) => [String(r[key]), Number(r[value])]));

/** Every filtered panel figure against raw orders; returns the menu revenue per filter. */
async function expectFilteredPanelsMatchRaw(): Promise<number[]> {
  const revenue: number[] = [];
  for (const only of filters()) {
    const scope = await scopeOf(only);
    const f = { ...PERIOD, ...only };
    // Menu: per dish quantity and revenue, and the totals.
    const menu = await PANEL_QUERIES.menu(scope);
    const dishes = raw.rawMenu(testDb.file, f);
    expect(dishes.length).toBeGreaterThan(0);
    expect(byKey(menu.dishes, "itemId", "quantity")).toEqual(byKey(dishes, "itemId", "quantity"));
    expect(byKey(menu.dishes, "itemId", "lines")).toEqual(byKey(dishes, "itemId", "lines"));
    const cents = dishes.reduce((s, d) => s + Number(d.revenueCents), 0);
    expect(menu.kpis.revenueYuan.value).toBeCloseTo(cents / 100, 6);
    const refunded = dishes.reduce((s, d) => s + Number(d.refundedQty), 0);
    const qty = dishes.reduce((s, d) => s + Number(d.quantity), 0);
    expect(menu.kpis.refundRate.value).toBeCloseTo(refunded / qty, 10);
    revenue.push(cents);
    // Delivery: the courier table (top 20 by deliveries).
    const delivery = await PANEL_QUERIES.delivery(scope);
    const couriers = byKey(raw.rawCourierPerf(testDb.file, f), "courierId", "deliveries");
    expect(delivery.couriers.length).toBe(Math.min(20, couriers.size));
    for (const c of delivery.couriers) expect(c.deliveries).toBe(couriers.get(c.courierId));
    const top = [...couriers.values()].sort((a, b) => b - a).slice(0, 20);
    expect(delivery.couriers.map((c) => c.deliveries)).toEqual(top);
    // Campaigns: per campaign redemptions and cost.
    const campaigns = await PANEL_QUERIES.campaigns(scope);
    const rawCampaigns = raw.rawCampaignPerf(testDb.file, f);
    expect(byKey(campaigns.campaigns, "campaignId", "redemptions")).toEqual(
      byKey(rawCampaigns, "campaignId", "redemptions"),
    );
    expect(byKey(campaigns.campaigns, "campaignId", "costYuan")).toEqual(
      new Map(rawCampaigns.map((c) => [String(c.campaignId), Number(c.discountCents) / 100])),
    );
    // Customers: active, repeat rate, lapsed and the cohort grid in that zone/channel.
    const customers = await PANEL_QUERIES.customers(scope);
    const weeks = { first: weekKey(scope.from), last: weekKey(scope.to) };
    const activity = raw.rawCustomerActivity(
      testDb.file,
      { ...weeks, previous: weekKey(scope.previous.from) },
      only,
    );
    expect(activity.active).toBeGreaterThan(0);
    expect(customers.active).toBe(activity.active);
    expect(customers.repeatRate).toBeCloseTo(activity.repeaters / activity.active, 10);
    expect(customers.lapsed).toBe(activity.lapsed);
    const cells = new Map(
      raw.rawCohorts(testDb.file, weeks, only).map((c) => [`${c.firstWeek}|${c.week}`, c]),
    );
    for (const cohort of customers.cohorts) {
      const size = cells.get(`${cohort.week}|${cohort.week}`)?.customers ?? 0;
      expect(cohort.size).toBe(size);
      cohort.retention.forEach((r, i) => {
        const later = addDays(cohort.week, 7 * (i + 1));
        if (r === null) return;
        expect(r).toBeCloseTo((cells.get(`${cohort.week}|${later}`)?.customers ?? 0) / size, 10);
      });
    }
  }
  return revenue;
}

beforeAll(async () => {
  await seedDemo(db, { orders: 1200, days: 12, now: NOW, databaseUrl: testDb.url });
  await rebuildRollups(db, NOW);
  // The zone with the most orders in the period.
  const zones = await db.order.groupBy({
    by: ["zoneId"],
    where: { zoneId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { zoneId: "desc" } },
  });
  zoneId = zones[0]?.zoneId ?? "";
});
afterAll(() => testDb.cleanup());

describe("analytics zone and channel filters", () => {
  it("menu, campaigns, customers and couriers honour zone and channel: equal raw orders", async () => {
    const unfiltered = await PANEL_QUERIES.menu(await scopeOf({}));
    const revenue = await expectFilteredPanelsMatchRaw();
    // A filter really narrows: each filtered revenue is below the unfiltered one.
    for (const cents of revenue) {
      expect(cents).toBeGreaterThan(0);
      expect(cents / 100).toBeLessThan(unfiltered.kpis.revenueYuan.value ?? 0);
    }
  });

  it("stay equal after a refund and a cancellation in that zone and channel, incrementally", async () => {
    const inScope = {
      zoneId,
      channel: CHANNEL,
      status: "DELIVERED" as const,
      placedAt: { gte: new Date("2026-11-16T00:00:00Z") },
    };
    const refunded = await db.order.findFirstOrThrow({
      where: inScope,
      include: { items: true },
      orderBy: { placedAt: "asc" },
    });
    const line = refunded.items[0];
    if (!line) throw new Error("order without lines");
    await db.$transaction([
      db.refund.create({
        data: { orderId: refunded.id, amountCents: 500, reasonCode: "late", bearer: "STORE" },
      }),
      db.orderItem.update({ where: { id: line.id }, data: { refundedQty: line.quantity } }),
      db.order.update({ where: { id: refunded.id }, data: { updatedAt: new Date() } }),
    ]);
    const cancelled = await db.order.findFirstOrThrow({
      where: { ...inScope, customerId: { not: null }, id: { not: refunded.id } },
      orderBy: { placedAt: "desc" },
    });
    await db.order.update({
      where: { id: cancelled.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), deliveredAt: null },
    });
    const before = await expectFilteredPanelsMatchRaw().catch(() => null);
    // Before the refresh the filtered figures are stale: the comparison can fail.
    expect(before).toBeNull();
    expect((await refreshRollups(db, new Date())).rebuilt).toBe(false);
    await expectFilteredPanelsMatchRaw();
  });
});
