import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { actorHasStore, loadActor, storeScope } from "./actor";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db, "A01")).id;
  storeB = (await createStore(t.db, "B01")).id;
  await createOrder(t.db, storeA);
  await createOrder(t.db, storeA);
  await createOrder(t.db, storeB);
});
afterAll(() => t.cleanup());

const orderCodes = async (where: object) =>
  (await t.db.order.findMany({ where, select: { store: { select: { code: true } } } }))
    .map((o) => o.store.code)
    .sort();

describe("sessions and revocation", () => {
  it("loads a live session and refuses it after the user is disabled", async () => {
    const user = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    expect(await loadActor(t.db, claims)).toMatchObject({ id: user.id, storeIds: [storeA] });
    await t.db.user.update({
      where: { id: user.id },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    });
    expect(await loadActor(t.db, claims)).toBeNull();
    // Re-enabling does not revive the old session: its version is stale.
    await t.db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await loadActor(t.db, claims)).toBeNull();
  });

  it("refuses a session of a deleted user", async () => {
    expect(await loadActor(t.db, { userId: "nobody", sessionVersion: 1 })).toBeNull();
  });
});

describe("store scoping in the query where", () => {
  it("shows a store manager only the orders of their stores", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    expect(await orderCodes(storeScope(manager))).toEqual(["A01", "A01"]);
    expect(actorHasStore(manager, storeA)).toBe(true);
    expect(actorHasStore(manager, storeB)).toBe(false);
  });

  it("treats a foreign store chosen in the switcher like a missing one", async () => {
    const staff = await createActor(t.db, "STORE_STAFF", [storeA]);
    expect(await orderCodes(storeScope(staff, storeB))).toEqual([]);
    expect(await orderCodes(storeScope(staff, storeA))).toEqual(["A01", "A01"]);
  });

  it("lets unscoped roles see every store, or narrow to one", async () => {
    const supervisor = await createActor(t.db, "SUPERVISOR", [storeA]);
    expect(supervisor.storeIds).toBeNull();
    expect(await orderCodes(storeScope(supervisor))).toEqual(["A01", "A01", "B01"]);
    expect(await orderCodes(storeScope(supervisor, storeB))).toEqual(["B01"]);
  });

  it("gives a store-scoped role with no stores nothing at all", async () => {
    const orphan = await createActor(t.db, "STORE_STAFF", []);
    expect(await orderCodes(storeScope(orphan))).toEqual([]);
  });
});
