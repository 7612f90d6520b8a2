import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createOrder, createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { errorCodeOf } from "@/lib/testing/errors";
import { decideApproval } from "@/lib/approvals/server/decide";
import { setApprovalThreshold } from "@/lib/approvals/server/thresholds";
import { refundOrRequestApproval } from "./refund-approval";

let t: TestDb;
let storeA: string;
let storeB: string;
let admin: Actor;
let staffA: Actor;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
  admin = await createActor(t.db, "PLATFORM_ADMIN");
  staffA = await createActor(t.db, "STORE_MANAGER", [storeA, storeB]);
  // ¥20 everywhere, but store B trusts its staff up to ¥50.
  await setApprovalThreshold(t.db, admin, { kind: "REFUND", storeId: null, thresholdCents: 2000 });
  await setApprovalThreshold(t.db, admin, {
    kind: "REFUND",
    storeId: storeB,
    thresholdCents: 5000,
  });
});
afterAll(() => t.cleanup());

const fullRefund = (by: Actor, orderId: string) =>
  refundOrRequestApproval(
    t.db,
    { type: "STAFF", actor: by },
    { orderId, items: null, reasonCode: "cold_food", bearer: "STORE" },
  );
const refunded = async (orderId: string) =>
  (await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).refundedCents;

describe("order-page refunds above the store's approval threshold", () => {
  it("queues a ¥31 refund for a second person; nothing is refunded until approved", async () => {
    const order = await createOrder(t.db, storeA); // total ¥31
    const outcome = await fullRefund(staffA, order.id);
    expect(outcome).toMatchObject({ pendingApproval: true, amountCents: 3100 });
    expect(await refunded(order.id)).toBe(0);
    expect(await t.db.refund.count({ where: { orderId: order.id } })).toBe(0);
    const request = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectType: "Order", subjectId: order.id },
    });
    expect(request).toMatchObject({ kind: "REFUND", status: "PENDING", storeId: storeA });

    // A second request for the same order while one waits is refused.
    expect(await errorCodeOf(fullRefund(staffA, order.id))).toBe("conflict");

    // The requester may not approve their own request; a second person with orders.refund can.
    const decide = (by: Actor) =>
      decideApproval(t.db, by, { id: request.id, decision: "APPROVE", note: "" });
    expect(await errorCodeOf(decide(staffA))).toBe("forbidden");
    expect(await refunded(order.id)).toBe(0);
    await decide(admin);
    expect(await refunded(order.id)).toBe(3100);
    const after = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe("REFUNDED");
    expect(await t.db.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refunds at once below the threshold, per store", async () => {
    // Store B's own line (¥50) lets the same ¥31 refund through directly.
    const order = await createOrder(t.db, storeB);
    const outcome = await fullRefund(staffA, order.id);
    expect(outcome).toMatchObject({ pendingApproval: false, amountCents: 3100 });
    expect(await refunded(order.id)).toBe(3100);
    expect(
      await t.db.approvalRequest.count({ where: { subjectType: "Order", subjectId: order.id } }),
    ).toBe(0);
  });

  it("a rejected request refunds nothing, and invalid refunds still get field errors", async () => {
    const order = await createOrder(t.db, storeA);
    await fullRefund(staffA, order.id);
    const request = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectType: "Order", subjectId: order.id },
    });
    await decideApproval(t.db, admin, { id: request.id, decision: "REJECT", note: "not ours" });
    expect(await refunded(order.id)).toBe(0);
    expect(await t.db.refund.count({ where: { orderId: order.id } })).toBe(0);

    const line = await t.db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
    const tooMany = refundOrRequestApproval(
      t.db,
      { type: "STAFF", actor: staffA },
      {
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 5 }],
        reasonCode: "cold_food",
        bearer: "STORE",
      },
    );
    expect(await errorCodeOf(tooMany)).toBe("validation");
    // Another store's order reads as missing.
    const foreign = await createOrder(t.db, (await createStore(t.db)).id);
    expect(await errorCodeOf(fullRefund(staffA, foreign.id))).toBe("not_found");
  });
});

/** The test database, counting how often a transaction reads an order row. */
function countingOrderReads(db: Db) {
  let reads = 0;
  const reading = new Set(["findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow"]);
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        if (prop !== "order" || typeof value !== "object" || value === null) return value;
        return new Proxy(value, {
          get(delegate, method) {
            const fn: unknown = Reflect.get(delegate, method);
            if (typeof fn !== "function" || !reading.has(String(method))) return fn;
            return (...args: unknown[]) => {
              reads++;
              return (fn as (...a: unknown[]) => unknown).apply(delegate, args);
            };
          },
        });
      },
    });
  const counted = new Proxy(db, {
    get(target, prop) {
      if (prop !== "$transaction") return Reflect.get(target, prop);
      return (fn: (tx: object) => unknown, options?: object) =>
        target.$transaction((tx) => Promise.resolve(fn(wrapTx(tx))), options);
    },
  });
  return { db: counted, reads: () => reads };
}

describe("a direct refund reads and plans the order once", () => {
  it("one order read for a below-threshold refund, one for a queued one", async () => {
    const direct = await createOrder(t.db, storeB);
    const counter = countingOrderReads(t.db);
    const who = { type: "STAFF", actor: staffA } as const;
    const input = { items: null, reasonCode: "cold_food", bearer: "STORE" } as const;
    const outcome = await refundOrRequestApproval(counter.db, who, {
      ...input,
      orderId: direct.id,
    });
    expect(outcome).toMatchObject({ pendingApproval: false, amountCents: 3100 });
    expect(await refunded(direct.id)).toBe(3100);
    expect(counter.reads()).toBe(1);

    const queued = await createOrder(t.db, storeA);
    const counter2 = countingOrderReads(t.db);
    const pending = await refundOrRequestApproval(counter2.db, who, {
      ...input,
      orderId: queued.id,
    });
    expect(pending).toMatchObject({ pendingApproval: true });
    expect(counter2.reads()).toBe(1);
  });
});
