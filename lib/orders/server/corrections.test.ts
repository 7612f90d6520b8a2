import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { correctOrder } from "./corrections";

let t: TestDb;
let storeId: string;
let staffer: Actor;
let outsider: Actor;

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db, "C1")).id;
  const otherId = (await createStore(t.db, "C2")).id;
  const base = { role: "STORE_STAFF" as const, locale: null };
  const u1 = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeId] });
  const u2 = await createUser(t.db, { role: "STORE_STAFF", storeIds: [otherId] });
  staffer = { ...base, id: u1.id, email: u1.email, name: u1.name, storeIds: [storeId] };
  outsider = { ...base, id: u2.id, email: u2.email, name: u2.name, storeIds: [otherId] };
});
afterAll(() => t.cleanup());

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "accepted";
};

describe("correctOrder", () => {
  it("changes note and address line by code and audits before and after", async () => {
    const order = await createOrder(t.db, storeId);
    const fix = { orderId: order.code, note: "放门口", addressLine: "衡山路 12 号" };
    await correctOrder(t.db, staffer, fix);
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ note: "放门口", addressLine: "衡山路 12 号", version: 0 });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "order.correct", entityId: order.id },
    });
    expect(JSON.parse(audit.before ?? "null")).toEqual({ note: null, addressLine: "衡山路 2 号" });
    expect(JSON.parse(audit.after ?? "null")).toEqual({
      note: "放门口",
      addressLine: "衡山路 12 号",
    });
  });

  it("refuses an order already picked up, leaving it unchanged", async () => {
    const order = await createOrder(t.db, storeId);
    await t.db.order.update({ where: { id: order.id }, data: { status: "PICKED_UP" } });
    const fix = { orderId: order.id, note: "", addressLine: "别处" };
    expect(await refusal(correctOrder(t.db, staffer, fix))).toBe("conflict");
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.addressLine).toBe("衡山路 2 号");
  });

  it("treats another store's order as missing", async () => {
    const order = await createOrder(t.db, storeId);
    const fix = { orderId: order.id, note: "", addressLine: "别处" };
    expect(await refusal(correctOrder(t.db, outsider, fix))).toBe("not_found");
    expect(await t.db.auditLog.count({ where: { entityId: order.id } })).toBe(0);
  });
});
