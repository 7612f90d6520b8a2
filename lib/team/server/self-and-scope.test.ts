import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore, createUser } from "@/lib/testing/fixtures";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { verifyPassword } from "@/lib/platform/passwords";
import { errorCodeOf } from "@/lib/testing/errors";
import { updateStaff } from "./staff";
import { getOwnProfile, updateOwnProfile } from "./profile";
import { changeOwnPassword } from "./passwords";

let t: TestDb;
let plain: string;
let brandX1: string;
let brandX2: string;
let zoned: string;
let zoneId: string;
beforeAll(async () => {
  t = createTestDb();
  plain = (await createStore(t.db)).id;
  brandX1 = (await createStore(t.db)).id;
  brandX2 = (await createStore(t.db)).id;
  zoned = (await createStore(t.db)).id;
  await t.db.store.updateMany({
    where: { id: { in: [brandX1, brandX2] } },
    data: { brand: "面馆" },
  });
  zoneId = (await t.db.zone.create({ data: { storeId: zoned, name: "徐汇北", polygon: "[]" } })).id;
});
afterAll(() => t.cleanup());

async function actorOf(user: { id: string; sessionVersion: number }): Promise<Actor | null> {
  return loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
}

describe("scoping by store, brand or zone", () => {
  it("widens a store manager's stores to a brand's stores and a zone's store, at once", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const user = await createUser(t.db, { role: "STORE_MANAGER", storeIds: [plain] });
    expect((await actorOf(user))?.storeIds).toEqual([plain]);
    const base = { userId: user.id, name: "区域经理", role: "STORE_MANAGER" as const };
    await updateStaff(t.db, admin, {
      ...base,
      customRoleId: null,
      storeIds: [plain],
      brands: ["面馆"],
      zoneIds: [],
    });
    expect((await actorOf(user))?.storeIds?.sort()).toEqual([plain, brandX1, brandX2].sort());
    await updateStaff(t.db, admin, {
      ...base,
      customRoleId: null,
      storeIds: [],
      brands: [],
      zoneIds: [zoneId],
    });
    expect((await actorOf(user))?.storeIds).toEqual([zoned]);
    const audit = await t.db.auditLog.findMany({
      where: { entityId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.at(-1)?.after).toContain(zoneId);
  });

  it("refuses brand or zone scope from a store-scoped manager, and an empty scope", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [plain]);
    const staff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [plain] });
    const base = {
      userId: staff.id,
      name: "店员",
      role: "STORE_STAFF" as const,
      customRoleId: null,
    };
    expect(
      await errorCodeOf(
        updateStaff(t.db, manager, { ...base, storeIds: [plain], brands: ["面馆"], zoneIds: [] }),
      ),
    ).toBe("forbidden");
    expect(
      await errorCodeOf(
        updateStaff(t.db, manager, { ...base, storeIds: [plain], brands: [], zoneIds: [zoneId] }),
      ),
    ).toBe("forbidden");
    expect(
      await errorCodeOf(
        updateStaff(t.db, manager, { ...base, storeIds: [], brands: [], zoneIds: [] }),
      ),
    ).toBe("validation");
    expect((await actorOf(staff))?.storeIds).toEqual([plain]);
  });
});

describe("own profile, language and password", () => {
  it("edits one's own name, phone and language, audited, without touching role or stores", async () => {
    const staff = await createActor(t.db, "STORE_STAFF", [plain]);
    await updateOwnProfile(
      t.db,
      staff,
      { name: "新名字", phone: "+86 138", locale: "en" },
      { ip: "10.0.0.9", userAgent: "Firefox" },
    );
    expect(await getOwnProfile(t.db, staff)).toMatchObject({
      name: "新名字",
      phone: "+86 138",
      locale: "en",
    });
    const reloaded = await loadActor(t.db, {
      userId: staff.id,
      sessionVersion: (await t.db.user.findUniqueOrThrow({ where: { id: staff.id } }))
        .sessionVersion,
    });
    expect(reloaded).toMatchObject({ locale: "en", role: "STORE_STAFF", storeIds: [plain] });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "user.profile", entityId: staff.id },
    });
    expect(audit).toMatchObject({ actorId: staff.id, ip: "10.0.0.9", userAgent: "Firefox" });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ locale: null });
  });

  it("changes one's own password only with the current one, and signs out the old session", async () => {
    const user = await createUser(t.db, { role: "SUPPORT_AGENT", password: "old-password-1" });
    const actor = await actorOf(user);
    if (!actor) throw new Error("actor expected");
    const wrong = { current: "not-it", password: "new-password-22", confirm: "new-password-22" };
    expect(await errorCodeOf(changeOwnPassword(t.db, actor, wrong))).toBe("validation");
    expect(await actorOf(user)).not.toBeNull();
    await changeOwnPassword(t.db, actor, { ...wrong, current: "old-password-1" });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, "new-password-22")).toBe(true);
    expect(await actorOf(user)).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "user.password_change" } })).toBe(1);
  });
});
