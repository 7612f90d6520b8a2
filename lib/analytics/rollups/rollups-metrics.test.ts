// Every metric each dashboard shows, read through the panel functions (so through the rollups),
// equals the same metric computed from raw rows by raw-metrics.test-helpers.ts — on a seeded
// database after refunds and cancellations made through the orders domain, and an incremental
// refresh; for every store, one store, a zone, a channel, and a zone and channel together.
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
const { getPeaks } = await import("@/lib/analytics/server/peaks");
const { histogramPercentile } = await import("@/lib/analytics/domain/histogram");
const { addDays, dayStart } = await import("@/lib/analytics/domain/calendar");
const { refundOrder, transitionOrder } = await import("@/lib/orders/server/mutations");
const { staff } = await import("@/lib/orders/server/order-actor");
const R = await import("./raw-metrics.test-helpers");
type AnalyticsScope = Awaited<ReturnType<typeof resolveScope>>;
const db = testDb.db;

const NOW = new Date("2026-11-24T04:30:00Z");
const RANGE = { from: "2026-11-15", to: "2026-11-24" };
let admin: Actor;
let raw: Awaited<ReturnType<typeof R.loadRaw>>;
const scopes: { name: string; scope: AnalyticsScope }[] = [];

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(a).toBeCloseTo(b, 9);
};

beforeAll(async () => {
  await seedDemo(db, { orders: 1200, days: 10, now: NOW, databaseUrl: testDb.url });
  await rebuildRollups(db, NOW);
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin@demo.local" } });
  admin = { ...user, role: "PLATFORM_ADMIN", locale: null, storeIds: null };
  const who = staff(admin);
  // Refunds (in full and of one line) and cancellations through the orders domain.
  const delivered = await db.order.findMany({
    where: { status: "DELIVERED" },
    include: { items: true },
    orderBy: { placedAt: "asc" },
    take: 12,
  });
  for (const [i, o] of delivered.entries()) {
    const line = o.items[0];
    await refundOrder(db, who, {
      orderId: o.id,
      items: i % 2 === 0 || !line ? null : [{ orderItemId: line.id, quantity: 1 }],
      reasonCode: "late",
      bearer: i % 3 === 0 ? "PLATFORM" : "STORE",
    });
  }
  const open = await db.order.findMany({
    where: { status: { in: ["PLACED", "ACCEPTED"] } },
    orderBy: { placedAt: "asc" },
    take: 8,
  });
  for (const o of open) {
    await transitionOrder(db, who, {
      orderId: o.id,
      version: o.version,
      action: o.status === "PLACED" ? "reject" : "cancel",
      reason: "test",
    });
  }
  expect(delivered.length + open.length).toBeGreaterThan(10);
  // Two lines of one dish (different options) and one review rating it: rated once.
  const twice = await db.order.findFirstOrThrow({
    where: { status: "DELIVERED", review: null, items: { some: { itemId: { not: null } } } },
    include: { items: true },
    orderBy: { placedAt: "desc" },
  });
  const line = twice.items.find((i) => i.itemId !== null);
  if (!line?.itemId) throw new Error("no dish line");
  const { id: _id, ...copy } = line;
  await db.orderItem.create({ data: { ...copy, options: '[{"name":"加辣"}]' } });
  await db.review.create({
    data: {
      orderId: twice.id,
      storeId: twice.storeId,
      rating: 2,
      dishes: { create: [{ itemId: line.itemId, rating: 1 }] },
    },
  });
  const result = await refreshRollups(db, new Date());
  expect(result.rebuilt).toBe(false);
  raw = await R.loadRaw(db);
  const s01 = await db.store.findUniqueOrThrow({ where: { code: "S01" } });
  const zone = await db.zone.findFirstOrThrow({
    where: { orders: { some: { channel: "MEITUAN" } } },
    orderBy: { orders: { _count: "desc" } },
  });
  const manager = { ...admin, role: "STORE_MANAGER" as const, storeIds: [s01.id] };
  scopes.push(
    { name: "every store", scope: await resolveScope(admin, RANGE) },
    { name: "one store", scope: await resolveScope(manager, RANGE) },
    { name: "zone", scope: await resolveScope(admin, { ...RANGE, zone: zone.id }) },
    { name: "channel", scope: await resolveScope(admin, { ...RANGE, channel: "MEITUAN" }) },
    {
      name: "zone and channel",
      scope: await resolveScope(admin, { ...RANGE, zone: zone.id, channel: "MEITUAN" }),
    },
  );
}, 120_000);
afterAll(() => testDb.cleanup());

describe.each([0, 1, 2, 3, 4])("rollup metrics equal raw rows (scope %i)", (index) => {
  const get = () => {
    const entry = scopes[index];
    if (!entry) throw new Error("scope not set up");
    return { ...entry, orders: R.ordersOf(raw, entry.scope) };
  };

  it("overview: orders, GMV, net, AOV, new vs returning, cancel and refund rates, by day", async () => {
    const { scope, orders } = get();
    expect(orders.length).toBeGreaterThan(0);
    const o = await PANEL_QUERIES.overview(scope);
    const want = R.rawOverview(orders);
    const prev = R.rawOverview(R.ordersOf(raw, scope, scope.previous));
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      close(o.kpis[key].value, want[key]);
      close(o.kpis[key].previous, prev[key]);
    }
    for (const day of o.days) {
      const d = R.rawOverview(orders.filter((x) => x.local.day === day.day));
      expect([day.orders, day.newCustomers, day.returning]).toEqual([
        d.orders,
        d.newCustomers,
        d.returning,
      ]);
      close(day.gmvYuan, d.gmvCents / 100);
      close(day.netYuan, d.netCents / 100);
    }
  });

  it("peaks: weekday × hour, today by hour and the typical day", async () => {
    const { scope, orders } = get();
    const p = await getPeaks(scope, NOW);
    const cells = new Map<string, number>();
    for (const o of orders) {
      const key = `${o.local.weekday}|${o.local.hour}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    const heat = new Map(
      p.heatmap.filter((c) => c.orders > 0).map((c) => [`${c.weekday}|${c.hour}`, c.orders]),
    );
    expect(heat).toEqual(cells);
    expect(p.kpis.orders.value).toBe(orders.length);
    const today = R.local(NOW);
    const same = R.ordersOf(raw, scope).filter(
      (o) => o.local.day !== today.day && o.local.weekday === today.weekday,
    );
    const days = new Set<string>();
    for (let d = scope.from; d <= scope.to; d = R.plusDays(d, 1)) {
      if (d !== today.day && new Date(`${d}T00:00:00Z`).getUTCDay() === today.weekday) days.add(d);
    }
    const todays = R.ordersOf(raw, scope, { from: today.day, to: today.day });
    expect(todays.length).toBeGreaterThan(0);
    for (const h of p.hours) {
      expect(h.today).toBe(todays.filter((o) => o.local.hour === h.hour).length);
      close(
        h.typical,
        days.size ? same.filter((o) => o.local.hour === h.hour).length / days.size : null,
      );
    }
  });

  it("menu: dish lines, quantity, revenue, ratings, refund, complaint and attach rates", async () => {
    const { scope, orders } = get();
    const m = await PANEL_QUERIES.menu(scope);
    const want = R.rawDishes(orders);
    expect(new Set(m.dishes.map((d) => d.itemId))).toEqual(new Set(want.keys()));
    let optionLines = 0;
    for (const d of m.dishes) {
      const w = want.get(d.itemId);
      expect([d.lines, d.quantity, d.ratingCount]).toEqual([w?.lines, w?.quantity, w?.ratingCount]);
      close(d.revenueYuan, (w?.revenueCents ?? 0) / 100);
      const ratio = (a = 0, b = 0) => (b > 0 ? a / b : null);
      close(d.rating, ratio(w?.ratingSum, w?.ratingCount));
      close(d.refundRate, ratio(w?.refundedQty, w?.quantity));
      close(d.complaintRate, ratio(w?.complaints, w?.lines));
      close(d.attachRate, ratio(w?.optionLines, w?.lines));
      optionLines += w?.optionLines ?? 0;
    }
    const all = [...want.values()];
    const sum = (k: keyof (typeof all)[number]) => all.reduce((t, d) => t + d[k], 0);
    expect(m.kpis.quantity.value).toBe(sum("quantity"));
    close(m.kpis.attachRate.value, optionLines / sum("lines"));
    expect(sum("ratingCount") + sum("complaints") + sum("refundedQty")).toBeGreaterThan(0);
    // Cancelled quantity is kept in the dish rollups (no chart shows it yet): read the set.
    const cancelled = await db.analyticsDish.groupBy({
      by: ["itemId"],
      where: {
        day: { gte: scope.from, lte: scope.to },
        zoneId: scope.zoneId ?? "*",
        channel: scope.channel ?? "*",
        ...(scope.storeIds ? { storeId: { in: scope.storeIds } } : {}),
      },
      _sum: { cancelledQty: true },
    });
    const wantCancelled = new Map(all.length ? [...want].map(([k, v]) => [k, v.cancelledQty]) : []);
    expect(new Map(cancelled.map((c) => [c.itemId, c._sum.cancelledQty ?? 0]))).toEqual(
      wantCancelled,
    );
  });

  it("delivery: histogram d0–d11, p50/p90, on time, by zone and hour, prep, couriers", async () => {
    const { scope, orders } = get();
    const d = await PANEL_QUERIES.delivery(scope);
    const want = R.rawDelivery(orders);
    expect(want.delivered).toBeGreaterThan(0);
    expect(d.histogram.map((h) => h.orders)).toEqual(want.histogram);
    expect(d.overall.delivered).toBe(want.delivered);
    close(d.overall.p50, histogramPercentile(want.histogram, 0.5));
    close(d.overall.p90, histogramPercentile(want.histogram, 0.9));
    close(d.overall.onTimeRate, want.onTimeRate);
    close(d.overall.avgMinutes, want.avgMinutes);
    expect(new Map(d.zones.map((z) => [z.zoneId, z.delivered]))).toEqual(
      new Map([...want.zones].map(([k, v]) => [k, v.delivered])),
    );
    for (const z of d.zones)
      close(z.onTimeRate, (want.zones.get(z.zoneId)?.onTime ?? 0) / z.delivered);
    expect(new Map(d.hours.map((h) => [h.hour, h.delivered]))).toEqual(
      new Map([...want.hours].map(([k, v]) => [k, v.delivered])),
    );
    const prep = new Map(
      d.prep.filter((p) => p.prepMinutes !== null).map((p) => [p.storeId, p.prepMinutes]),
    );
    expect(prep.size).toBeGreaterThan(0);
    expect(prep).toEqual(
      new Map([...want.prep].map(([k, v]) => [k, expect.closeTo(v.seconds / 60 / v.prepared, 9)])),
    );
    const couriers = [...want.couriers].filter(([id]) => id !== null);
    expect(d.couriers.length).toBe(Math.min(20, couriers.length));
    for (const c of d.couriers) {
      const w = want.couriers.get(c.courierId);
      expect(c.deliveries).toBe(w?.delivered);
      close(c.onTimeRate, (w?.onTime ?? 0) / c.deliveries);
      close(c.avgMinutes, (w?.seconds ?? 0) / 60 / c.deliveries);
    }
    // Online time, counted minute by minute from the raw shifts (clock-in to clock-out).
    const shifts = await db.courierShift.findMany({
      where: { courierId: { in: d.couriers.map((c) => c.courierId) } },
    });
    const [lo, hi] = [dayStart(scope.from).getTime(), dayStart(addDays(scope.to, 1)).getTime()];
    const now = Date.now();
    let online = 0;
    for (const c of d.couriers) {
      const mine = shifts.filter((x) => x.courierId === c.courierId && x.clockInAt !== null);
      let minutes = 0;
      for (let t = lo + 30_000; t < hi; t += 60_000) {
        const on = mine.some((x) => {
          const end = x.clockOutAt?.getTime() ?? Math.min(now, x.endsAt.getTime());
          return (x.clockInAt?.getTime() ?? Infinity) <= t && t < end;
        });
        if (on) minutes++;
      }
      expect(Math.abs(c.onlineHours - minutes / 60), c.courierId).toBeLessThanOrEqual(0.06);
      if (minutes === 0) expect(c.perOnlineHour).toBeNull();
      else expect(c.perOnlineHour).toBeCloseTo(c.deliveries / (minutes / 60), 1);
      online += minutes;
    }
    expect(online).toBeGreaterThan(0);
    const listed = new Set(d.couriers.map((c) => c.courierId));
    const floor = Math.min(...d.couriers.map((c) => c.deliveries));
    for (const [id, c] of couriers)
      if (!listed.has(id ?? "")) expect(c.delivered).toBeLessThanOrEqual(floor);
  });

  it("support: tickets, response and resolution times, CSAT, by day, top reasons", async () => {
    const { scope } = get();
    const s = await PANEL_QUERIES.support(scope);
    const want = R.rawSupport(raw, scope);
    expect(want.tickets).toBeGreaterThan(0);
    expect(s.kpis.tickets.value).toBe(want.tickets);
    close(s.kpis.responseMinutes.value, want.responseMinutes);
    close(s.kpis.resolutionHours.value, want.resolutionHours);
    close(s.kpis.csat.value, want.csat);
    for (const day of s.days) expect(day.tickets).toBe(want.days.get(day.day) ?? 0);
    expect(s.reasons.length).toBe(Math.min(10, want.reasons.size));
    for (const r of s.reasons) expect(r.tickets).toBe(want.reasons.get(r.reason));
    const floor = Math.min(...s.reasons.map((r) => r.tickets));
    const listed = new Set(s.reasons.map((r) => r.reason));
    for (const [reason, n] of want.reasons)
      if (!listed.has(reason)) expect(n).toBeLessThanOrEqual(floor);
  });

  it("campaigns: redemptions, cost, store and platform cost, order GMV, AOV with and without", async () => {
    const { scope, orders } = get();
    const c = await PANEL_QUERIES.campaigns(scope);
    const want = R.rawCampaigns(orders);
    expect(want.campaigns.size).toBeGreaterThan(0);
    expect(new Set(c.campaigns.map((x) => x.campaignId))).toEqual(new Set(want.campaigns.keys()));
    for (const x of c.campaigns) {
      const w = want.campaigns.get(x.campaignId);
      expect(x.redemptions).toBe(w?.redemptions);
      close(x.costYuan, (w?.discountCents ?? 0) / 100);
      close(x.storeCostYuan, (w?.storeCostCents ?? 0) / 100);
      close(x.platformCostYuan, (w?.platformCostCents ?? 0) / 100);
      close(x.revenueYuan, (w?.orderGmvCents ?? 0) / 100);
    }
    close(c.lift.withCampaign, want.withCampaign);
    close(c.lift.without, want.without);
  });

  it("customers: cohort sizes and retention by first-order week", async () => {
    const { scope } = get();
    const c = await PANEL_QUERIES.customers(scope);
    const want = R.rawCohorts(raw, scope);
    expect(want.some((w) => w.size > 0)).toBe(true);
    expect(c.cohorts.map((x) => [x.week, x.size])).toEqual(want.map((w) => [w.week, w.size]));
    c.cohorts.forEach((x, i) =>
      x.retention.forEach((r, k) => close(r, want[i]?.retention[k] ?? null)),
    );
  });
});
