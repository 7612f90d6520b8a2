import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore, createUser } from "@/lib/testing/fixtures";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { updateStoreSettingsSchema, type UpdateStoreSettingsForm } from "../schemas";
import { validForm } from "../test-form";
import { updateStoreSettings } from "./mutations";

let t: TestDb;
let own: string;
let foreign: string;
let manager: Actor;
let admin: Actor;

async function actorOf(user: { id: string; sessionVersion: number }): Promise<Actor> {
  const actor = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!actor) throw new Error("actor expected");
  return actor;
}

const hoursOf = (storeId: string) =>
  t.db.openingHours.findMany({
    where: { storeId },
    orderBy: { dayOfWeek: "asc" },
    select: { dayOfWeek: true, opensAt: true, closesAt: true },
  });

const save = (actor: Actor, form: UpdateStoreSettingsForm) =>
  updateStoreSettings(t.db, actor, updateStoreSettingsSchema.parse(form), {
    ip: "127.0.0.1",
    userAgent: "test",
  });

beforeAll(async () => {
  t = createTestDb();
  own = (await createStore(t.db)).id;
  foreign = (await createStore(t.db)).id;
  await t.db.openingHours.create({
    data: { storeId: foreign, dayOfWeek: 1, opensAt: 600, closesAt: 1320 },
  });
  manager = await actorOf(await createUser(t.db, { role: "STORE_MANAGER", storeIds: [own] }));
  admin = await actorOf(await createUser(t.db, { role: "PLATFORM_ADMIN" }));
});
afterAll(() => t.cleanup());

describe("updating store settings", () => {
  it("saves the settings and hours and audits before and after", async () => {
    const form = {
      ...validForm(own),
      status: "PAUSED" as const,
      pausedReason: "厨房设备检修",
      slotMaxOrders: "12",
      slotMaxValue: "800",
    };
    form.hours[6] = {
      ...form.hours[6],
      dayOfWeek: 0,
      closed: true,
      opens: "",
      closes: "",
      nextDay: false,
    };
    await save(manager, form);
    const store = await t.db.store.findUniqueOrThrow({ where: { id: own } });
    expect(store).toMatchObject({
      status: "PAUSED",
      pausedReason: "厨房设备检修",
      slotMaxOrders: 12,
      slotMaxValueCents: 80_000,
      minOrderCents: 2000,
      packagingFeeCents: 150,
    });
    expect(JSON.parse(store.autoAccept)).toEqual({
      STOREFRONT: true,
      MEITUAN: false,
      ELEME: false,
      PHONE: true,
    });
    const hours = await hoursOf(own);
    expect(hours.map((h) => h.dayOfWeek)).toEqual([1, 2, 3, 4, 5, 6]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: own } });
    expect(audit).toMatchObject({ action: "store.settings.update", actorId: manager.id });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ status: "OPEN", hours: [] });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ status: "PAUSED", slotMaxOrders: 12 });
  });

  it("reads a foreign store as not found for a store manager, and leaves it alone", async () => {
    const attempt = save(manager, { ...validForm(foreign), prepMinutes: "90" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    const store = await t.db.store.findUniqueOrThrow({ where: { id: foreign } });
    expect(store.prepMinutes).toBe(15);
    expect(await hoursOf(foreign)).toEqual([{ dayOfWeek: 1, opensAt: 600, closesAt: 1320 }]);
  });

  it("lets a platform admin edit any store", async () => {
    await save(admin, { ...validForm(foreign), prepMinutes: "25" });
    const store = await t.db.store.findUniqueOrThrow({ where: { id: foreign } });
    expect(store.prepMinutes).toBe(25);
    expect(await hoursOf(foreign)).toHaveLength(7);
  });

  it("keeps the old hours when the transaction fails part-way", async () => {
    const before = await hoursOf(own);
    // An actor whose user row is gone makes the audit insert fail after the hours were replaced.
    const ghost: Actor = { ...admin, id: "no-such-user" };
    const form = { ...validForm(own), status: "OPEN" as const, prepMinutes: "40" };
    form.hours[0] = {
      dayOfWeek: 1,
      closed: false,
      opens: "06:00",
      closes: "09:00",
      nextDay: false,
    };
    await expect(save(ghost, form)).rejects.toThrow();
    expect(await hoursOf(own)).toEqual(before);
    const store = await t.db.store.findUniqueOrThrow({ where: { id: own } });
    expect(store).toMatchObject({ status: "PAUSED", prepMinutes: 15 });
  });
});
