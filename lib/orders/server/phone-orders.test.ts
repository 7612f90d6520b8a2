import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore, createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { createIntakeStore } from "./intake-test-setup";
import { createPhoneOrder, findCustomerAddresses, type PhoneOrderInput } from "./phone-orders";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let manager: Actor;
let foreign: Actor;

const actorOf = (u: { id: string; email: string; name: string }, storeIds: string[]): Actor => ({
  ...u,
  role: "STORE_MANAGER",
  locale: null,
  storeIds,
});

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "P1");
  const other = await createStore(t.db, "P2");
  manager = actorOf(await createUser(t.db, { role: "STORE_MANAGER", storeIds: [s.store.id] }), [
    s.store.id,
  ]);
  foreign = actorOf(await createUser(t.db, { role: "STORE_MANAGER", storeIds: [other.id] }), [
    other.id,
  ]);
  await t.db.customer.create({
    data: {
      name: "王芳",
      phone: "13900001111",
      addresses: { create: { label: "家", line: "衡山路 10 号", lat: 31.2, lng: 121.45 } },
    },
  });
});
afterAll(() => t.cleanup());

const input = (): PhoneOrderInput => ({
  storeId: s.store.id,
  customer: { name: "王芳", phone: "13900001111" },
  address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
  items: [
    { itemId: s.noodles.id, quantity: 1, optionIds: [] },
    { itemId: s.tea.id, quantity: 2, optionIds: [s.largeId] },
  ],
  note: "少辣",
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return e;
    },
  );

describe("createPhoneOrder", () => {
  it("prices from the menu, books it as PHONE by the staff member, links the customer, audits", async () => {
    const placed = await createPhoneOrder(t.db, manager, input());
    // 2800 + 2 × (1200 + 300) + packaging 100 + delivery 400
    expect(placed).toMatchObject({ subtotalCents: 5800, totalCents: 6300, status: "PLACED" });
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: placed.id },
      include: { events: true, customer: true },
    });
    expect(order).toMatchObject({ channel: "PHONE", note: "少辣" });
    expect(order.customer?.phone).toBe("13900001111");
    expect(order.events[0]).toMatchObject({
      type: "placed",
      actorType: "STAFF",
      actorId: manager.id,
    });
    const audit = await t.db.auditLog.findFirst({
      where: { action: "order.phone_create", entityId: placed.id },
    });
    expect(audit?.actorId).toBe(manager.id);
  });

  it("names a bad item in the field errors and stores nothing", async () => {
    const before = await t.db.order.count();
    const bad = { ...input(), items: [{ itemId: "nope", quantity: 1, optionIds: [] }] };
    const error = await failure(createPhoneOrder(t.db, manager, bad));
    expect(error.code).toBe("validation");
    expect(Object.keys(error.details?.fields ?? {})).toContain("items[0].itemId");
    expect(await t.db.order.count()).toBe(before);
    expect(await t.db.auditLog.count({ where: { action: "order.phone_create" } })).toBe(1);
  });

  it("refuses a store outside the actor's scope as unknown", async () => {
    const error = await failure(createPhoneOrder(t.db, foreign, input()));
    expect(error.details?.fields).toHaveProperty("storeId");
  });

  it("finds the saved addresses of a known phone only", async () => {
    expect((await findCustomerAddresses(t.db, "13900001111")).map((a) => a.line)).toEqual([
      "衡山路 10 号",
    ]);
    expect(await findCustomerAddresses(t.db, "13000000000")).toEqual([]);
  });
});
