import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorStatusOf } from "@/lib/testing/errors";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { rateOrder } from "./rating";

let t: TestDb;
let storeId = "";

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

async function deliveredOrder() {
  const order = await createOrder(t.db, storeId);
  await t.db.order.update({
    where: { id: order.id },
    data: { status: "DELIVERED", deliveredAt: new Date() },
  });
  return order;
}

describe("rating from the tracking page", () => {
  it("is refused before delivery", async () => {
    const order = await createOrder(t.db, storeId);
    expect(await errorStatusOf(rateOrder(t.db, order.trackingToken, { rating: 5 }))).toBe(409);
    expect(await t.db.review.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("is taken once per order, without a ticket when it is good", async () => {
    const order = await deliveredOrder();
    const first = await rateOrder(t.db, order.trackingToken, { rating: 5, comment: "好吃" });
    expect(first).toEqual({ rating: 5, ticketCode: null });
    expect(await errorStatusOf(rateOrder(t.db, order.trackingToken, { rating: 1 }))).toBe(409);
    const review = await t.db.review.findUnique({ where: { orderId: order.id } });
    expect(review).toMatchObject({ rating: 5, comment: "好吃", storeId });
    expect(await t.db.ticket.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("opens a REVIEW ticket for a rating of 1 or 2", async () => {
    const order = await deliveredOrder();
    const result = await rateOrder(t.db, order.trackingToken, { rating: 2, comment: "凉了" });
    expect(result.ticketCode).toMatch(/^T\d+$/);
    const ticket = await t.db.ticket.findFirst({
      where: { orderId: order.id },
      include: { messages: true },
    });
    expect(ticket?.source).toBe("REVIEW");
    expect(ticket?.code).toBe(result.ticketCode);
    expect(ticket?.messages.map((m) => [m.authorType, m.body])).toEqual([["CUSTOMER", "凉了"]]);
  });

  it("is a 404 for an unknown token", async () => {
    expect(await errorStatusOf(rateOrder(t.db, "B".repeat(22), { rating: 4 }))).toBe(404);
  });
});
