import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { authenticateStaff, SIGN_IN_LIMITS } from "./sign-in";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.cleanup());

describe("staff sign-in against a real database", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const user = await createUser(t.db, {
      role: "SUPERVISOR",
      email: "sup@test.local",
      password: "right-pass-1",
    });
    const result = await authenticateStaff(t.db, {
      email: " SUP@test.local ",
      password: "right-pass-1",
      ip: "10.0.0.1",
    });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "SUPERVISOR" } });
    expect(
      (await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt,
    ).not.toBeNull();
  });

  it("refuses a wrong password and an unknown account the same way", async () => {
    await createUser(t.db, {
      role: "DISPATCHER",
      email: "disp@test.local",
      password: "right-pass-2",
    });
    expect(
      await authenticateStaff(t.db, { email: "disp@test.local", password: "nope", ip: "10.0.0.2" }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticateStaff(t.db, {
        email: "ghost@test.local",
        password: "nope",
        ip: "10.0.0.2",
      }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a disabled account even with the right password", async () => {
    await createUser(t.db, {
      role: "STORE_STAFF",
      email: "gone@test.local",
      password: "right-pass-3",
      disabled: true,
    });
    expect(
      await authenticateStaff(t.db, {
        email: "gone@test.local",
        password: "right-pass-3",
        ip: "10.0.0.3",
      }),
    ).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it("locks an account after repeated failures, until the window passes", async () => {
    await createUser(t.db, { role: "MARKETER", email: "mkt@test.local", password: "right-pass-4" });
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      // Each try from a different address: the per-account limit alone must stop them.
      await authenticateStaff(
        t.db,
        { email: "mkt@test.local", password: `guess-${i}`, ip: `10.1.0.${i}` },
        now,
      );
    }
    const locked = await authenticateStaff(
      t.db,
      { email: "mkt@test.local", password: "right-pass-4", ip: "10.1.1.1" },
      now,
    );
    expect(locked).toEqual({ ok: false, reason: "rate_limited" });
    const later = new Date(now.getTime() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    const again = await authenticateStaff(
      t.db,
      { email: "mkt@test.local", password: "right-pass-4", ip: "10.1.1.1" },
      later,
    );
    expect(again.ok).toBe(true);
  });

  it("limits one address trying many accounts", async () => {
    await createUser(t.db, {
      role: "SUPPORT_AGENT",
      email: "agent@test.local",
      password: "right-pass-5",
    });
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await authenticateStaff(
        t.db,
        { email: `spray${i}@test.local`, password: "x", ip: "10.9.9.9" },
        now,
      );
    }
    const blocked = await authenticateStaff(
      t.db,
      { email: "agent@test.local", password: "right-pass-5", ip: "10.9.9.9" },
      now,
    );
    expect(blocked).toEqual({ ok: false, reason: "rate_limited" });
    const elsewhere = await authenticateStaff(
      t.db,
      { email: "agent@test.local", password: "right-pass-5", ip: "10.9.9.8" },
      now,
    );
    expect(elsewhere.ok).toBe(true);
  });
});
