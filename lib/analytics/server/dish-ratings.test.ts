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
const { rebuildRollups } = await import("@/lib/analytics/rollups/refresh");
const { resolveScope } = await import("./scope");
const { getDishRatingTrend } = await import("./dish-ratings");
const { findDrillOrders } = await import("./drill");
const { panelCharts } = await import("./panels");
const { dayKey, weekKey } = await import("@/lib/analytics/domain/calendar");
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

type Filter = { storeIds: string[] | null; channel?: string; from: string; to: string };

/** The weekly trend straight from the raw reviews: sum and count per week and dish. */
async function rawTrend(f: Filter) {
  const ratings = await db.dishRating.findMany({
    where: {
      review: {
        order: {
          placedAt: { gte: new Date(`${f.from}T00:00:00+08:00`), lt: nextDay(f.to) },
          ...(f.storeIds ? { storeId: { in: f.storeIds } } : {}),
          ...(f.channel ? { channel: f.channel as "MEITUAN" } : {}),
        },
      },
    },
    select: { itemId: true, rating: true, review: { select: { order: true } } },
  });
  const out = new Map<string, { sum: number; count: number }>();
  for (const r of ratings) {
    const key = `${weekKey(dayKey(r.review.order.placedAt))}|${r.itemId}`;
    const p = out.get(key) ?? { sum: 0, count: 0 };
    p.sum += r.rating;
    p.count += 1;
    out.set(key, p);
  }
  return out;
}

const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000);

async function expectMatchesRaw(actor: Actor, filter: Record<string, string>) {
  const scope = await resolveScope(actor, filter);
  const trend = await getDishRatingTrend(scope, undefined, { everyDish: true });
  const raw = await rawTrend(scope);
  expect(raw.size).toBeGreaterThan(0);
  const got = new Map(trend.points.map((p) => [`${p.week}|${p.itemId}`, p]));
  expect([...got.keys()].sort()).toEqual([...raw.keys()].sort());
  for (const [key, r] of raw) {
    const p = got.get(key);
    expect(p?.count, key).toBe(r.count);
    expect(p?.sum, key).toBe(r.sum);
    expect(p?.avg, key).toBeCloseTo(r.sum / r.count, 2);
  }
  return { scope, trend };
}

describe("dish rating trend", () => {
  it("equals the raw reviews per week and dish, for every store, one store and one channel", async () => {
    const range = { from: "2026-11-12", to: "2026-11-24" };
    const { trend } = await expectMatchesRaw(admin, range);
    // 2026-11-12 is a Thursday: weeks of 9, 16 and 23 November, the first clipped to the period.
    expect(trend.weeks).toEqual([
      { week: "2026-11-09", from: "2026-11-12", to: "2026-11-15" },
      { week: "2026-11-16", from: "2026-11-16", to: "2026-11-22" },
      { week: "2026-11-23", from: "2026-11-23", to: "2026-11-24" },
    ]);
    await expectMatchesRaw(scoped, range);
    await expectMatchesRaw(admin, { ...range, channel: "MEITUAN" });
  });

  it("shows the best and worst rated dishes, or the chosen one; ranks only dishes rated 3+ times", async () => {
    const scope = await resolveScope(admin, { from: "2026-11-15", to: "2026-11-24" });
    const trend = await getDishRatingTrend(scope);
    const top = trend.dishes.filter((d) => d.group === "top");
    const bottom = trend.dishes.filter((d) => d.group === "bottom");
    expect(top.length).toBeGreaterThan(0);
    expect(bottom.length).toBeGreaterThan(0);
    for (const d of trend.dishes) expect(d.count).toBeGreaterThanOrEqual(3);
    expect(Math.min(...top.map((d) => d.avg))).toBeGreaterThanOrEqual(
      Math.max(...bottom.map((d) => d.avg)),
    );
    const pick = bottom[0];
    const one = await getDishRatingTrend(scope, pick?.itemId);
    expect(one.chosen).toBe(pick?.itemId);
    expect(one.dishes.map((d) => [d.itemId, d.group])).toEqual([[pick?.itemId, "chosen"]]);
    // An unknown (or foreign) dish falls back to the ranking rather than an empty panel.
    expect((await getDishRatingTrend(scope, "nope")).chosen).toBeNull();
  });

  it("drills down to exactly the rated orders of a week and dish", async () => {
    const scope = await resolveScope(scoped, { from: "2026-11-15", to: "2026-11-24" });
    const trend = await getDishRatingTrend(scope, undefined, { everyDish: true });
    const p = [...trend.points].sort((a, b) => b.count - a.count)[0];
    expect(p).toBeDefined();
    if (!p) return;
    const week = await resolveScope(scoped, { from: p.from, to: p.to });
    const rated = await findDrillOrders(week, { item: p.itemId, rated: "1" });
    expect(rated.total).toBe(p.count);
    const all = await findDrillOrders(week, { item: p.itemId });
    expect(all.total).toBeGreaterThan(rated.total);
  });

  it("an empty period has weeks but no points, and the CSV holds every dish's weekly rows", async () => {
    const empty = await resolveScope(admin, { from: "2025-01-01", to: "2025-01-14" });
    const none = await getDishRatingTrend(empty);
    expect(none.points).toEqual([]);
    expect(none.dishes).toEqual([]);
    expect(none.weeks.length).toBe(3);
    const scope = await resolveScope(admin, { from: "2026-11-15", to: "2026-11-24" });
    const charts = await panelCharts("menu", scope);
    const rows = charts.ratingTrend ?? [];
    const trend = await getDishRatingTrend(scope, undefined, { everyDish: true });
    expect(rows).toHaveLength(trend.points.length);
    // The page reads the weekly points of the dishes it shows only; they equal the full ones.
    const shown = await getDishRatingTrend(scope);
    const ids = new Set(shown.dishes.map((d) => d.itemId));
    expect(new Set(shown.points.map((p) => p.itemId))).toEqual(ids);
    expect(shown.points).toEqual(trend.points.filter((p) => ids.has(p.itemId)));
    expect(ids.size).toBeLessThan(new Set(trend.points.map((p) => p.itemId)).size);
    expect(rows[0]).toMatchObject({ week: trend.points[0]?.week, count: trend.points[0]?.count });
  });
});
