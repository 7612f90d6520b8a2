import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore, createUser } from "@/lib/testing/fixtures";
import { actorCan, loadActor, type Actor } from "@/lib/platform/actor";
import { verifyPassword } from "@/lib/platform/passwords";
import { errorCodeOf } from "@/lib/testing/errors";
import { acceptInvite, createInvite, findLink } from "./invites";
import { createResetLink, resetPasswordWithLink } from "./passwords";
import { setUserDisabled } from "./mutations";
import { updateStaff } from "./staff";
import { saveCustomRole } from "./roles";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const invite = (
  actor: Actor,
  email: string,
  over: Partial<Parameters<typeof createInvite>[2]> = {},
) =>
  createInvite(t.db, actor, {
    email,
    role: "STORE_STAFF",
    storeIds: [storeA],
    expiresInHours: 72,
    ...over,
  });

describe("invite lifecycle", () => {
  it("a manager's invite becomes an account in their store, once; only the hash is stored", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const link = await invite(manager, "new1@test.local");
    const row = await t.db.staffInvite.findFirstOrThrow({ where: { email: "new1@test.local" } });
    expect(row.tokenHash).not.toContain(link.token);
    expect(await findLink(t.db, link.token)).toMatchObject({ kind: "INVITE", state: "valid" });
    const input = {
      token: link.token,
      name: "新员工",
      password: "long-enough-pw",
      confirm: "long-enough-pw",
    };
    const { userId } = await acceptInvite(t.db, input);
    const user = await t.db.user.findUniqueOrThrow({
      where: { id: userId },
      include: { stores: true },
    });
    expect(user).toMatchObject({ name: "新员工", role: "STORE_STAFF" });
    expect(user.stores.map((s) => s.storeId)).toEqual([storeA]);
    expect(await verifyPassword(user.passwordHash, "long-enough-pw")).toBe(true);
    expect(await errorCodeOf(acceptInvite(t.db, input))).toBe("conflict");
    expect(await findLink(t.db, link.token)).toMatchObject({ state: "used" });
    const actions = (
      await t.db.auditLog.findMany({ where: { OR: [{ entityId: row.id }, { entityId: userId }] } })
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(["invite.accept", "invite.create"]);
  });

  it("refuses an expired link and an unknown one", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const past = new Date(Date.now() - 100 * 3_600_000);
    const link = await createInvite(
      t.db,
      admin,
      { email: "late@test.local", role: "DISPATCHER", storeIds: [], expiresInHours: 1 },
      undefined,
      past,
    );
    expect(await findLink(t.db, link.token)).toMatchObject({ state: "expired" });
    const input = {
      token: link.token,
      name: "Late",
      password: "long-enough-pw",
      confirm: "long-enough-pw",
    };
    expect(await errorCodeOf(acceptInvite(t.db, input))).toBe("conflict");
    expect(await errorCodeOf(acceptInvite(t.db, { ...input, token: "x".repeat(32) }))).toBe(
      "not_found",
    );
    expect(await t.db.user.count({ where: { email: "late@test.local" } })).toBe(0);
  });

  it("refuses invites that would escalate or reach outside the inviter's stores", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    expect(await errorCodeOf(invite(manager, "m2@test.local", { role: "STORE_MANAGER" }))).toBe(
      "forbidden",
    );
    expect(
      await errorCodeOf(invite(manager, "m3@test.local", { role: "PLATFORM_ADMIN", storeIds: [] })),
    ).toBe("forbidden");
    expect(await errorCodeOf(invite(manager, "m4@test.local", { storeIds: [storeB] }))).toBe(
      "not_found",
    );
    const supervisor = await createActor(t.db, "SUPERVISOR");
    expect(
      await errorCodeOf(invite(supervisor, "m5@test.local", { role: "DISPATCHER", storeIds: [] })),
    ).toBe("forbidden");
    expect(
      await t.db.staffInvite.count({
        where: {
          email: { in: ["m2@test.local", "m3@test.local", "m4@test.local", "m5@test.local"] },
        },
      }),
    ).toBe(0);
  });
});

describe("sessions and password resets", () => {
  it("a reset link sets a new password once and signs the person out everywhere", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const staff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    const claims = { userId: staff.id, sessionVersion: staff.sessionVersion };
    expect(await loadActor(t.db, claims)).not.toBeNull();
    const link = await createResetLink(t.db, manager, staff.id);
    const input = { token: link.token, password: "brand-new-pass", confirm: "brand-new-pass" };
    await resetPasswordWithLink(t.db, input);
    expect(await loadActor(t.db, claims)).toBeNull();
    expect(await errorCodeOf(resetPasswordWithLink(t.db, input))).toBe("conflict");
    const after = await t.db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(await verifyPassword(after.passwordHash, "brand-new-pass")).toBe(true);
  });

  it("disabling kills the open session at its next load; re-enabling needs a fresh sign-in", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const staff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    const claims = { userId: staff.id, sessionVersion: staff.sessionVersion };
    await setUserDisabled(t.db, admin, { userId: staff.id, disabled: true });
    expect(await loadActor(t.db, claims)).toBeNull();
    await setUserDisabled(t.db, admin, { userId: staff.id, disabled: false });
    expect(await loadActor(t.db, claims)).toBeNull();
    expect(
      await loadActor(t.db, { ...claims, sessionVersion: claims.sessionVersion + 1 }),
    ).not.toBeNull();
  });
});

describe("role changes", () => {
  it("apply at the next request, are audited, and never raise one's own role", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const staff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [storeA] });
    const claims = { userId: staff.id, sessionVersion: staff.sessionVersion };
    const role = await saveCustomRole(t.db, admin, {
      name: "Shift lead",
      baseRole: "STORE_STAFF",
      permissions: ["orders.view", "orders.refund"],
    });
    const base = {
      userId: staff.id,
      name: staff.name,
      role: "STORE_STAFF" as const,
      storeIds: [storeA, storeB],
      brands: [],
      zoneIds: [],
    };
    await updateStaff(t.db, admin, { ...base, customRoleId: role.id });
    const next = await loadActor(t.db, claims);
    expect(next && actorCan(next, "orders.refund")).toBe(true);
    expect(next && actorCan(next, "orders.accept")).toBe(false);
    expect(next?.storeIds?.sort()).toEqual([storeA, storeB].sort());
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "user.update", entityId: staff.id },
    });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ customRole: "Shift lead" });

    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    expect(
      await errorCodeOf(
        updateStaff(t.db, manager, {
          userId: manager.id,
          name: manager.name,
          role: "PLATFORM_ADMIN",
          customRoleId: null,
          storeIds: [storeA],
          brands: [],
          zoneIds: [],
        }),
      ),
    ).toBe("forbidden");
    expect(
      await errorCodeOf(
        saveCustomRole(t.db, await createActor(t.db, "SUPERVISOR"), {
          name: "Sneaky",
          baseRole: "SUPERVISOR",
          permissions: ["team.manage"],
        }),
      ),
    ).toBe("forbidden");
  });

  it("refuses demoting the last admin", async () => {
    await t.db.user.updateMany({
      where: { role: "PLATFORM_ADMIN" },
      data: { disabledAt: new Date() },
    });
    const last = await createUser(t.db, { role: "PLATFORM_ADMIN" });
    const other = await createActor(t.db, "PLATFORM_ADMIN");
    await t.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    const input = {
      userId: last.id,
      name: last.name,
      role: "SUPERVISOR" as const,
      customRoleId: null,
      storeIds: [],
      brands: [],
      zoneIds: [],
    };
    expect(await errorCodeOf(updateStaff(t.db, other, input))).toBe("conflict");
  });
});
