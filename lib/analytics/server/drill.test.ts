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
const { createOrder } = await import("@/lib/testing/fixtures");
const { resolveScope } = await import("./scope");
const { PANEL_QUERIES } = await import("./panels");
const { getPeaks } = await import("./peaks");
const { findDrillOrders, findOrdersByIds, resolveDrill } = await import("./drill");
const { orderCsvStream } = await import("./export");
const R = await import("@/lib/analytics/rollups/raw-metrics.test-helpers");
const db = testDb.db;

const NOW = new Date("2026-11-24T04:30:00Z");
const RANGE = { from: "2026-11-15", to: "2026-11-24" };
const admin: Actor = {
  id: "a",
  email: "a@x",
  name: "A",
  role: "PLATFORM_ADMIN",
  locale: null,
  storeIds: null,
};
let s01: string;

beforeAll(async () => {
  await seedDemo(db, { orders: 900, days: 10, now: NOW, databaseUrl: testDb.url });
  await rebuildRollups(db, NOW);
  s01 = (await db.store.findUniqueOrThrow({ where: { code: "S01" } })).id;
}, 120_000);
afterAll(() => testDb.cleanup());

/** Every order of a drill (not one page), newest first. */
async function allDrillOrders(scope: Awaited<ReturnType<typeof resolveScope>>, drill = {}) {
  const { ids } = await resolveDrill(scope, drill);
  if (ids === null) throw new Error("a bucket or cohort drill picks ids");
  const orders = await findOrdersByIds(ids);
  expect(orders.map((o) => o.id)).toEqual(ids);
  const rows = await db.order.findMany({
    where: { placedAt: { gte: new Date("2026-11-01") } },
    select: { id: true, customerId: true, placedAt: true, deliveredAt: true },
  });
  const byId = new Map(rows.map((o) => [o.id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

describe("drill-down from a delivery-time bucket", () => {
  it("lists exactly the orders behind each histogram bar, within the filters", async () => {
    const manager = { ...admin, role: "STORE_MANAGER" as const, storeIds: [s01] };
    for (const scope of [
      await resolveScope(admin, RANGE),
      await resolveScope(manager, { ...RANGE, channel: "MEITUAN" }),
    ]) {
      const { histogram } = await PANEL_QUERIES.delivery(scope);
      expect(histogram.filter((h) => h.orders > 0).length).toBeGreaterThan(3);
      for (const [bucket, bar] of histogram.entries()) {
        const listed = await allDrillOrders(scope, { bucket });
        expect(listed.length).toBe(bar.orders);
        for (const o of listed) {
          expect(o.deliveredAt).not.toBeNull();
          const seconds = R.secs(o.placedAt, o.deliveredAt ?? o.placedAt);
          expect(R.bucketOf(seconds)).toBe(bucket);
        }
        const page = await findDrillOrders(scope, { bucket });
        expect(page.total).toBe(bar.orders);
        expect(page.orders.map((o) => o.id)).toEqual(listed.slice(0, 50).map((o) => o.id));
      }
    }
  });

  it("the CSV export of a bucket has the same orders", async () => {
    const scope = await resolveScope(admin, RANGE);
    const { histogram } = await PANEL_QUERIES.delivery(scope);
    const bucket = histogram.findIndex((h) => h.orders > 0);
    const { total, stream } = await orderCsvStream(scope, { bucket });
    expect(total).toBe(histogram[bucket]?.orders);
    const text = await new Response(stream).text();
    expect(text.trim().split("\n")).toHaveLength(total + 1);
  });
});

describe("drill-down from a customer cohort", () => {
  it("lists the orders of the customers whose first order was that week", async () => {
    const manager = { ...admin, role: "STORE_MANAGER" as const, storeIds: [s01] };
    const raw = await R.loadRaw(db);
    for (const actor of [admin, manager]) {
      const dash = await resolveScope(actor, RANGE);
      const { cohorts } = await PANEL_QUERIES.customers(dash);
      const cohort = cohorts.find((c) => c.size > 0);
      if (!cohort) throw new Error("no cohort with customers");
      // The link keeps the filters and starts the period at the cohort's week.
      const scope = await resolveScope(actor, { ...RANGE, from: cohort.week });
      const listed = await allDrillOrders(scope, { cohort: cohort.week });
      const customers = new Set(listed.map((o) => o.customerId));
      for (const c of customers) expect(raw.firstWeek(c ?? "")).toBe(cohort.week);
      // The cohort's customers are those the dashboard counted in its first week.
      const inWeek = new Set(
        R.ordersOf(raw, { ...scope, from: cohort.week, to: R.plusDays(cohort.week, 6) })
          .filter((o) => o.sold && o.customerId && raw.firstWeek(o.customerId) === cohort.week)
          .map((o) => o.customerId),
      );
      expect(inWeek.size).toBe(cohort.size);
      const expected = R.ordersOf(raw, scope).filter((o) => inWeek.has(o.customerId));
      expect(listed.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
      expect((await findDrillOrders(scope, { cohort: cohort.week })).total).toBe(expected.length);
    }
  });

  it("a bad bucket or cohort is a field error, never a 500", async () => {
    const { drillSchema } = await import("@/lib/analytics/schemas");
    expect(drillSchema.safeParse({ bucket: "12" }).success).toBe(false);
    expect(drillSchema.safeParse({ cohort: "last week" }).success).toBe(false);
    expect(await errorCodeOf(resolveScope(admin, { from: "x" }))).toBe("validation");
  });
});

describe("peaks: today's curve, live", () => {
  it("counts an order placed after the last rollup refresh at once", async () => {
    const scope = await resolveScope(admin, {});
    const total = (p: Awaited<ReturnType<typeof getPeaks>>) =>
      p.hours.reduce((sum, h) => sum + h.today, 0);
    const before = await getPeaks(scope);
    const order = await createOrder(db, s01);
    const after = await getPeaks(scope);
    expect(total(after)).toBe(total(before) + 1);
    const hour = R.local(order.placedAt).hour;
    expect(after.hours[hour]?.today).toBe((before.hours[hour]?.today ?? 0) + 1);
    // ...while the rollups have not seen it yet (no refresh ran).
    const rolled = await db.analyticsHourly.aggregate({
      where: { day: after.today, storeId: "*", zoneId: "*", channel: "*" },
      _sum: { orders: true },
    });
    expect(rolled._sum.orders ?? 0).toBe(total(before));
    // A store filter that excludes the order leaves the curve alone.
    const other = await db.store.findFirstOrThrow({ where: { id: { not: s01 } } });
    const elsewhere = await resolveScope(admin, { store: other.id });
    const o2 = await getPeaks(elsewhere);
    await createOrder(db, s01);
    expect(total(await getPeaks(elsewhere))).toBe(total(o2));
  });
});
