import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";

// The query module reads the app's shared client; point it at a fresh database file.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { getAnalyticsOverview } = await import("./queries");
const db = testDb.db;

// 12:00 in Shanghai.
const NOW = new Date("2026-11-25T04:00:00Z");
const HOUR = 3_600_000;
let storeA: string;
let storeB: string;

beforeAll(async () => {
  storeA = (await createStore(db)).id;
  storeB = (await createStore(db)).id;
  const delivered = await createOrder(db, storeA, new Date(NOW.getTime() - 2 * HOUR));
  await db.order.update({
    where: { id: delivered.id },
    data: { status: "DELIVERED", deliveredAt: new Date(NOW.getTime() - 1.5 * HOUR) },
  });
  const cancelled = await createOrder(db, storeA, new Date(NOW.getTime() - 24 * HOUR));
  await db.order.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
  // Outside the 14-day window.
  await createOrder(db, storeA, new Date(NOW.getTime() - 15 * 24 * HOUR));
  const other = await createOrder(db, storeB, new Date(NOW.getTime() - HOUR));
  await db.review.createMany({
    data: [
      { orderId: delivered.id, storeId: storeA, rating: 4, createdAt: NOW },
      { orderId: other.id, storeId: storeB, rating: 1, createdAt: NOW },
    ],
  });
  await db.refund.createMany({
    data: [
      {
        orderId: delivered.id,
        amountCents: 500,
        reasonCode: "late",
        bearer: "STORE",
        createdAt: NOW,
      },
      { orderId: other.id, amountCents: 900, reasonCode: "late", bearer: "STORE", createdAt: NOW },
    ],
  });
});
afterAll(() => testDb.cleanup());

describe("analytics overview", () => {
  it("sums a store's last 14 days: orders, GMV without cancellations, on-time, rating, refunds", async () => {
    const o = await getAnalyticsOverview({ storeId: { in: [storeA] } }, { days: 14, now: NOW });
    expect(o.days).toHaveLength(14);
    expect(o.days.at(-1)).toMatchObject({ day: "2026-11-25", orders: 1, gmvCents: 3100 });
    expect(o.days.at(-2)).toMatchObject({ day: "2026-11-24", orders: 1, gmvCents: 0 });
    expect(o.totals).toMatchObject({ orders: 2, gmvCents: 3100, onTimeRate: 1 });
    expect(o.avgRating).toBe(4);
    expect(o.refundsCents).toBe(500);
  });

  it("covers every store for an unscoped actor", async () => {
    const o = await getAnalyticsOverview({}, { days: 14, now: NOW });
    expect(o.totals.orders).toBe(3);
    expect(o.avgRating).toBe(2.5);
    expect(o.refundsCents).toBe(1400);
  });

  it("has no rating or rate for a store without activity", async () => {
    const empty = (await createStore(db)).id;
    const o = await getAnalyticsOverview({ storeId: { in: [empty] } }, { days: 14, now: NOW });
    expect(o.totals).toMatchObject({ orders: 0, gmvCents: 0, onTimeRate: null });
    expect(o.avgRating).toBeNull();
    expect(o.refundsCents).toBe(0);
  });
});
