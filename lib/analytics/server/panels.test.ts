import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDb } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";

vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { seedDemo } = await import("@/lib/seed");
const { rebuildRollups } = await import("@/lib/analytics/rollups/refresh");
const { resolveScope } = await import("./scope");
const { PANEL_QUERIES, panelCharts } = await import("./panels");
const { findDrillOrders } = await import("./drill");
const { rawCustomerActivity } = await import("@/lib/analytics/rollups/reference.test-helpers");
const { weekKey } = await import("@/lib/analytics/domain/calendar");
const db = testDb.db;

const NOW = new Date("2026-11-24T04:30:00Z");
const admin: Actor = {
  id: "a",
  email: "a@x",
  name: "A",
  role: "PLATFORM_ADMIN",
  locale: null,
  storeIds: null,
};
let scoped: Actor;

beforeAll(async () => {
  await seedDemo(db, { orders: 1200, days: 10, now: NOW, databaseUrl: testDb.url });
  await rebuildRollups(db, NOW);
  const s01 = await db.store.findUniqueOrThrow({ where: { code: "S01" } });
  scoped = { ...admin, role: "STORE_MANAGER", storeIds: [s01.id] };
});
afterAll(() => testDb.cleanup());

describe("analytics dashboards", () => {
  it("overview totals equal the raw orders of the period and store scope", async () => {
    const scope = await resolveScope(scoped, { from: "2026-11-15", to: "2026-11-24" });
    const o = await PANEL_QUERIES.overview(scope);
    const where = {
      storeId: { in: scoped.storeIds ?? [] },
      placedAt: { gte: new Date("2026-11-14T16:00:00Z"), lt: new Date("2026-11-24T16:00:00Z") },
    };
    expect(o.kpis.orders.value).toBe(await db.order.count({ where }));
    expect(o.kpis.orders.value).toBeGreaterThan(0);
    const cancelled = await db.order.count({
      where: { ...where, status: { in: ["CANCELLED", "REJECTED"] } },
    });
    expect(o.kpis.cancellationRate.value).toBeCloseTo(cancelled / (o.kpis.orders.value ?? 1), 10);
    expect(o.days).toHaveLength(10);
    // The drill-down behind the whole period lists exactly those orders.
    const drill = await findDrillOrders(scope, {});
    expect(drill.total).toBe(o.kpis.orders.value);
  });

  it("zone and channel filters read their grouping set: totals equal the raw orders", async () => {
    const zone = await db.zone.findFirstOrThrow({ where: { orders: { some: {} } } });
    const range = { from: "2026-11-15", to: "2026-11-24" };
    const placedAt = {
      gte: new Date("2026-11-14T16:00:00Z"),
      lt: new Date("2026-11-24T16:00:00Z"),
    };
    const delivered = { deliveredAt: { not: null } };
    const all = await resolveScope(admin, range);
    const byZone = await resolveScope(admin, { ...range, zone: zone.id });
    const byChannel = await resolveScope(admin, { ...range, channel: "MEITUAN" });
    const both = await resolveScope(admin, { ...range, zone: zone.id, channel: "MEITUAN" });
    for (const [scope, where] of [
      [all, { placedAt }],
      [byZone, { placedAt, zoneId: zone.id }],
      [byChannel, { placedAt, channel: "MEITUAN" as const }],
      [both, { placedAt, zoneId: zone.id, channel: "MEITUAN" as const }],
    ] as const) {
      const orders = await db.order.count({ where });
      expect(orders).toBeGreaterThan(0);
      expect((await PANEL_QUERIES.overview(scope)).kpis.orders.value).toBe(orders);
      const d = await PANEL_QUERIES.delivery(scope);
      const deliveredCount = await db.order.count({ where: { ...where, ...delivered } });
      expect(d.overall.delivered).toBe(deliveredCount);
      expect(d.zones.reduce((sum, z) => sum + z.delivered, 0)).toBe(deliveredCount);
      expect(d.hours.reduce((sum, h) => sum + h.delivered, 0)).toBe(deliveredCount);
      const heat = (await PANEL_QUERIES.peaks(scope)).heatmap;
      expect(heat.reduce((sum, c) => sum + c.orders, 0)).toBe(orders);
    }
    const lines = await db.orderItem.aggregate({
      where: { order: { placedAt, channel: "MEITUAN" } },
      _sum: { quantity: true },
    });
    const menu = await PANEL_QUERIES.menu(byChannel);
    expect(menu.dishes.reduce((sum, d) => sum + d.quantity, 0)).toBe(lines._sum.quantity);
  });

  it("customer activity, repeat rate and lapsed customers equal the raw sold orders", async () => {
    const scope = await resolveScope(admin, { from: "2026-11-17", to: "2026-11-24" });
    const stats = await PANEL_QUERIES.customers(scope);
    const raw = rawCustomerActivity(testDb.file, {
      previous: weekKey(scope.previous.from),
      first: weekKey(scope.from),
      last: weekKey(scope.to),
    });
    expect(raw.active).toBeGreaterThan(0);
    expect(raw.lapsed).toBeGreaterThan(0);
    expect(stats.active).toBe(raw.active);
    expect(stats.repeatRate).toBeCloseTo(raw.repeaters / raw.active, 10);
    expect(stats.lapsed).toBe(raw.lapsed);
  });

  it("every dashboard compares with the previous period: the same figures read for it", async () => {
    // Monday to Sunday, so the customer weeks of both periods line up with the days.
    const scope = await resolveScope(admin, { from: "2026-11-16", to: "2026-11-22" });
    const prev = await resolveScope(admin, scope.previous);
    expect(prev.days).toBe(scope.days);
    const [peaks, peaksBefore] = [
      await PANEL_QUERIES.peaks(scope),
      await PANEL_QUERIES.peaks(prev),
    ];
    expect(peaks.kpis.orders.previous).toBe(peaksBefore.kpis.orders.value);
    expect(peaksBefore.kpis.orders.value).toBeGreaterThan(0);
    expect(peaks.kpis.peakHourPerDay.previous).toBe(peaksBefore.kpis.peakHourPerDay.value);
    const [menu, menuBefore] = [await PANEL_QUERIES.menu(scope), await PANEL_QUERIES.menu(prev)];
    expect(menu.kpis.quantity.previous).toBe(menuBefore.kpis.quantity.value);
    expect(menu.kpis.quantity.value).toBe(menu.dishes.reduce((sum, d) => sum + d.quantity, 0));
    expect(menu.kpis.attachRate.previous).toBe(menuBefore.kpis.attachRate.value);
    expect(menu.kpis.complaintRate.previous).toBe(menuBefore.kpis.complaintRate.value);
    const [del, delBefore] = [
      await PANEL_QUERIES.delivery(scope),
      await PANEL_QUERIES.delivery(prev),
    ];
    expect(del.kpis.p50.previous).toBe(delBefore.overall.p50);
    expect(del.kpis.onTimeRate.previous).toBe(delBefore.overall.onTimeRate);
    expect(delBefore.overall.delivered).toBeGreaterThan(0);
    const [camp, campBefore] = [
      await PANEL_QUERIES.campaigns(scope),
      await PANEL_QUERIES.campaigns(prev),
    ];
    expect(camp.kpis.redemptions.previous).toBe(campBefore.kpis.redemptions.value);
    expect(camp.kpis.lift.previous).toBe(campBefore.lift.estimate);
    const [cust, custBefore] = [
      await PANEL_QUERIES.customers(scope),
      await PANEL_QUERIES.customers(prev),
    ];
    expect(cust.kpis.active.previous).toBe(custBefore.active);
    expect(custBefore.active).toBeGreaterThan(0);
    expect(cust.kpis.repeatRate.previous).toBe(custBefore.repeatRate);
    expect(cust.kpis.lapsed.previous).toBe(custBefore.lapsed);
  });

  it("every panel answers, and an empty period is null (no data), never NaN", async () => {
    const scope = await resolveScope(admin, { from: "2026-11-15", to: "2026-11-24" });
    for (const panel of Object.keys(PANEL_QUERIES) as (keyof typeof PANEL_QUERIES)[]) {
      const charts = await panelCharts(panel, scope);
      expect(Object.keys(charts).length).toBeGreaterThan(0);
    }
    const empty = await resolveScope(admin, { from: "2020-01-01", to: "2020-01-31" });
    const o = await PANEL_QUERIES.overview(empty);
    expect(o.kpis.aovCents.value).toBeNull();
    expect(o.kpis.cancellationRate.value).toBeNull();
    const d = await PANEL_QUERIES.delivery(empty);
    expect(d.overall.p50).toBeNull();
    const all = await Promise.all(Object.values(PANEL_QUERIES).map((query) => query(empty)));
    expect(JSON.stringify([o, d, all])).not.toContain("NaN");
    expect(JSON.stringify(all)).not.toContain("Infinity");
  });

  it("refuses inverted and huge ranges and stores the actor may not see", async () => {
    expect(await errorCodeOf(resolveScope(admin, { from: "2026-11-20", to: "2026-11-10" }))).toBe(
      "validation",
    );
    expect(await errorCodeOf(resolveScope(admin, { from: "2020-01-01", to: "2026-11-10" }))).toBe(
      "validation",
    );
    expect(await errorCodeOf(resolveScope(admin, { store: "nope" }))).toBe("validation");
    const s02 = await db.store.findUniqueOrThrow({ where: { code: "S02" } });
    expect(await errorCodeOf(resolveScope(scoped, { store: s02.id }))).toBe("validation");
    const own = await resolveScope(scoped, {});
    expect(own.storeIds).toEqual(scoped.storeIds);
  });
});
