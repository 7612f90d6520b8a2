import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore, createUser } from "@/lib/testing/fixtures";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { setUserDisabled } from "./mutations";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

async function actorOf(user: { id: string; sessionVersion: number }): Promise<Actor> {
  const actor = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!actor) throw new Error("actor expected");
  return actor;
}

describe("disabling staff", () => {
  it("disables, revokes the sessions and audits in one go", async () => {
    const admin = await actorOf(await createUser(t.db, { role: "PLATFORM_ADMIN" }));
    const staff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    await setUserDisabled(
      t.db,
      admin,
      { userId: staff.id, disabled: true },
      { ip: "127.0.0.1", userAgent: "test" },
    );
    const after = await t.db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(staff.sessionVersion + 1);
    expect(
      await loadActor(t.db, { userId: staff.id, sessionVersion: staff.sessionVersion }),
    ).toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: staff.id } });
    expect(audit).toMatchObject({ action: "user.disable", actorId: admin.id, ip: "127.0.0.1" });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ disabled: true });
  });

  it("lets a store manager manage staff of their stores only", async () => {
    const manager = await actorOf(
      await createUser(t.db, { role: "STORE_MANAGER", storeIds: [storeA] }),
    );
    const own = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    const foreign = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeB] });
    const shared = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA, storeB] });
    const peer = await createUser(t.db, { role: "STORE_MANAGER", storeIds: [storeA] });
    expect(
      await errorCodeOf(setUserDisabled(t.db, manager, { userId: own.id, disabled: true })),
    ).toBe("ok");
    expect(
      await errorCodeOf(setUserDisabled(t.db, manager, { userId: foreign.id, disabled: true })),
    ).toBe("not_found");
    expect(
      await errorCodeOf(setUserDisabled(t.db, manager, { userId: shared.id, disabled: true })),
    ).toBe("not_found");
    expect(
      await errorCodeOf(setUserDisabled(t.db, manager, { userId: peer.id, disabled: true })),
    ).toBe("not_found");
    expect(
      (await t.db.user.findUniqueOrThrow({ where: { id: foreign.id } })).disabledAt,
    ).toBeNull();
  });

  it("refuses to disable oneself or the last platform admin", async () => {
    await t.db.user.updateMany({
      where: { role: "PLATFORM_ADMIN" },
      data: { disabledAt: new Date() },
    });
    const lastAdmin = await createUser(t.db, { role: "PLATFORM_ADMIN" });
    const actor = await actorOf(lastAdmin);
    expect(
      await errorCodeOf(setUserDisabled(t.db, actor, { userId: lastAdmin.id, disabled: true })),
    ).toBe("conflict");
    const other = await actorOf(await createUser(t.db, { role: "PLATFORM_ADMIN" }));
    // Two active admins: one may disable the other, but then the survivor is the last one.
    expect(
      await errorCodeOf(setUserDisabled(t.db, other, { userId: lastAdmin.id, disabled: true })),
    ).toBe("ok");
    const newcomer = await actorOf(await createUser(t.db, { role: "SUPERVISOR" }));
    expect(
      await errorCodeOf(setUserDisabled(t.db, newcomer, { userId: other.id, disabled: true })),
    ).toBe("forbidden");
    expect(await t.db.user.count({ where: { role: "PLATFORM_ADMIN", disabledAt: null } })).toBe(1);
  });
});
