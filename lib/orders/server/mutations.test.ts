import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { refundOrder, transitionOrder } from "./mutations";
import { staff } from "./order-actor";

let t: TestDb;
let storeId: string;
let alice: Actor;
let bob: Actor;

function toActor(u: { id: string; email: string; name: string }, storeIds: string[]): Actor {
  return { ...u, role: "STORE_STAFF", locale: null, storeIds };
}

beforeAll(async () => {
  t = createTestDb();
  const store = await createStore(t.db);
  storeId = store.id;
  alice = toActor(await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeId] }), [storeId]);
  bob = toActor(await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeId] }), [storeId]);
});
afterAll(() => t.cleanup());

describe("transitionOrder", () => {
  it("of two parallel accepts exactly one wins; the other is told who", async () => {
    const order = await createOrder(t.db, storeId);
    const results = await Promise.allSettled([
      transitionOrder(t.db, staff(alice), { orderId: order.id, version: 0, action: "accept" }),
      transitionOrder(t.db, staff(bob), { orderId: order.id, version: 0, action: "accept" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const reason = lost[0]?.status === "rejected" ? lost[0].reason : null;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).code).toBe("conflict");
    expect((reason as AppError).message).toMatch(/changed by User \d+ \(now accepted\)/);
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", version: 1, prepMinutes: 15 });
    expect(row.acceptedAt).not.toBeNull();
    expect(row.estimatedAt).not.toBeNull();
    expect(await t.db.orderEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityId: order.id } })).toBe(1);
    const live = await t.db.liveEvent.findMany({ where: { storeId } });
    expect(live.map((e) => JSON.parse(e.payload))).toContainEqual({
      orderId: order.id,
      code: order.code,
      status: "ACCEPTED",
      version: 1,
    });
  });

  it("refuses an illegal step with the lifecycle's reason and changes nothing", async () => {
    const order = await createOrder(t.db, storeId);
    await expect(
      transitionOrder(t.db, staff(alice), { orderId: order.id, version: 0, action: "pick_up" }),
    ).rejects.toThrow("An order that is placed cannot be picked up (it must be ready).");
    expect(await t.db.orderEvent.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("treats an order of another store as missing", async () => {
    const other = await createStore(t.db);
    const order = await createOrder(t.db, other.id);
    await expect(
      transitionOrder(t.db, staff(alice), { orderId: order.id, version: 0, action: "accept" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("cancels with a reason and gives reserved stock back", async () => {
    const item = await t.db.menuItem.create({
      data: {
        storeId,
        nameZh: "面",
        nameEn: "Noodles",
        priceCents: 1000,
        stockTracked: true,
        stockQty: 3,
      },
    });
    const order = await createOrder(t.db, storeId);
    await t.db.menuItem.update({ where: { id: item.id }, data: { stockQty: 1 } });
    await t.db.stockMovement.create({
      data: { storeId, itemId: item.id, delta: -2, reason: "ORDER", orderId: order.id },
    });
    await expect(
      transitionOrder(t.db, staff(alice), { orderId: order.id, version: 0, action: "cancel" }),
    ).rejects.toMatchObject({ code: "validation" });
    await transitionOrder(t.db, staff(alice), {
      orderId: order.id,
      version: 0,
      action: "cancel",
      reason: "Customer called",
    });
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Customer called",
      cancelledBy: "STAFF",
    });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: item.id } })).stockQty).toBe(3);
    const event = await t.db.orderEvent.findFirstOrThrow({ where: { orderId: order.id } });
    expect(event).toMatchObject({ type: "cancel", reason: "Customer called", actorId: alice.id });
    expect(JSON.parse(event.data ?? "{}")).toEqual({ cancelledBy: "STORE" });
  });
});

describe("refundOrder", () => {
  it("refunds items partially, then the rest in full, never more than paid", async () => {
    const order = await createOrder(t.db, storeId);
    const line = await t.db.orderItem.create({
      data: {
        orderId: order.id,
        nameZh: "茶",
        nameEn: "Tea",
        quantity: 2,
        unitPriceCents: 500,
        lineTotalCents: 1000,
      },
    });
    const partial = await refundOrder(t.db, staff(alice), {
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reasonCode: "missing_item",
      bearer: "STORE",
    });
    expect(partial).toMatchObject({ status: "PLACED", amountCents: 500, refundedCents: 500 });
    await expect(
      refundOrder(t.db, staff(alice), {
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 2 }],
        reasonCode: "missing_item",
        bearer: "STORE",
      }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { "items.0.quantity": ["Only 1 left to refund on this line."] } },
    });
    const full = await refundOrder(t.db, staff(alice), {
      orderId: order.id,
      items: null,
      reasonCode: "late",
      bearer: "PLATFORM",
    });
    expect(full).toMatchObject({
      status: "REFUNDED",
      amountCents: 3100 - 500,
      refundedCents: 3100,
    });
    await expect(
      refundOrder(t.db, staff(alice), {
        orderId: order.id,
        items: null,
        reasonCode: "x",
        bearer: "STORE",
      }),
    ).rejects.toThrow("already been refunded in full");
    expect(await t.db.refund.count({ where: { orderId: order.id } })).toBe(2);
  });
});
