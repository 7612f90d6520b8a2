import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { sweepLateOrders } from "./late-orders";

let t: TestDb;
let storeId: string;
const PLACED = new Date("2026-11-25T04:00:00Z"); // promised at 04:40

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

describe("late-order tickets", () => {
  it("opens one ticket per order late past the threshold, then raises it once twice as late", async () => {
    const late = await createOrder(t.db, storeId, PLACED);
    const delivered = await createOrder(t.db, storeId, PLACED);
    await t.db.order.update({
      where: { id: delivered.id },
      data: { status: "DELIVERED", deliveredAt: PLACED },
    });
    const at = (m: number) => new Date(PLACED.getTime() + (40 + m) * 60_000);
    expect(await sweepLateOrders(t.db, at(10))).toEqual({ opened: 0, raised: 0 });
    expect(await sweepLateOrders(t.db, at(16))).toEqual({ opened: 1, raised: 0 });
    expect(await sweepLateOrders(t.db, at(20))).toEqual({ opened: 0, raised: 0 });
    const ticket = await t.db.ticket.findFirstOrThrow({ where: { orderId: late.id } });
    expect(ticket).toMatchObject({ source: "ORDER_EXCEPTION", priority: "HIGH", storeId });
    expect(await sweepLateOrders(t.db, at(31))).toEqual({ opened: 0, raised: 1 });
    expect((await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe(
      "URGENT",
    );
    expect(await t.db.ticket.count({ where: { orderId: delivered.id } })).toBe(0);
  });
});
