import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { bulkEditSchema, updateMenuItemSchema } from "../schemas";
import { bulkEditItems, updateMenuItem } from "./item-mutations";

let t: TestDb;
let storeId: string;
let actor: Actor;

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const u = await t.db.user.create({
    data: { email: "e@test.local", name: "E", role: "PLATFORM_ADMIN", passwordHash: "x" },
  });
  actor = {
    id: u.id,
    email: u.email,
    name: "E",
    role: "PLATFORM_ADMIN",
    locale: null,
    storeIds: null,
  };
});
afterAll(() => t.cleanup());

const form = (id: string, storeId: string, updatedAt: Date, priceCents: number) =>
  updateMenuItemSchema.parse({
    id,
    storeId,
    expectedUpdatedAt: updatedAt,
    categoryId: null,
    nameZh: "面",
    nameEn: "Noodles",
    priceCents,
    active: true,
    stockTracked: false,
    stockQty: null,
    lowStockThreshold: null,
    availability: [{ days: [1, 2, 3, 4, 5], from: "06:00", to: "10:30" }],
    channelOverrides: { ELEME: { available: false } },
    optionGroups: [],
  });

describe("menu item editing", () => {
  it("tells the second of two editors that the item changed, and keeps the first's save", async () => {
    const item = await t.db.menuItem.create({
      data: { storeId, nameZh: "面", nameEn: "Noodles", priceCents: 1000 },
    });
    await updateMenuItem(t.db, actor, form(item.id, storeId, item.updatedAt, 1200));
    await expect(
      updateMenuItem(t.db, actor, form(item.id, storeId, item.updatedAt, 1300)),
    ).rejects.toMatchObject({ code: "conflict" });
    const saved = await t.db.menuItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.priceCents).toBe(1200);
    expect(JSON.parse(saved.channelOverrides ?? "{}")).toEqual({ ELEME: { available: false } });
    expect(await t.db.auditLog.count({ where: { action: "menu.item_updated" } })).toBe(1);
  });

  it("refuses negative prices and impossible option groups with field errors", () => {
    const bad = updateMenuItemSchema.safeParse({
      ...form("x", storeId, new Date(), 100),
      priceCents: -1,
      optionGroups: [
        {
          nameZh: "辣",
          nameEn: "Spice",
          minChoices: 3,
          maxChoices: 2,
          options: [{ nameZh: "a", nameEn: "a", priceDeltaCents: 0 }],
        },
      ],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["priceCents", "optionGroups.0.minChoices"]));
  });

  it("bulk edits prices by percent, rounded to whole fen, audited and announced", async () => {
    const a = await t.db.menuItem.create({
      data: { storeId, nameZh: "a", nameEn: "a", priceCents: 1000 },
    });
    const b = await t.db.menuItem.create({
      data: { storeId, nameZh: "b", nameEn: "b", priceCents: 2850 },
    });
    const events = await t.db.liveEvent.count({ where: { topic: "menu.updated" } });
    const r = await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [a.id, b.id],
      edit: { kind: "price_percent", percent: -10 },
    });
    expect(r).toEqual({ changed: 2, selected: 2, pendingApproval: 0 });
    const price = async (id: string) =>
      (await t.db.menuItem.findUniqueOrThrow({ where: { id } })).priceCents;
    expect(await price(a.id)).toBe(900);
    expect(await price(b.id)).toBe(2565);
    await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [b.id],
      edit: { kind: "price_percent", percent: 5 },
    });
    expect(await price(b.id)).toBe(2693); // 2565 × 1.05 = 2693.25
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "menu.bulk_edit" },
      orderBy: { createdAt: "asc" },
    });
    expect(JSON.parse(audit.before ?? "{}")[a.id]).toMatchObject({ priceCents: 1000 });
    expect(await t.db.liveEvent.count({ where: { topic: "menu.updated" } })).toBe(events + 2);
  });

  it("refuses the whole edit when one selected item belongs to another store", async () => {
    const a = await t.db.menuItem.create({
      data: { storeId, nameZh: "a", nameEn: "a", priceCents: 1000 },
    });
    const other = await createStore(t.db);
    const b = await t.db.menuItem.create({
      data: { storeId: other.id, nameZh: "b", nameEn: "b", priceCents: 1000 },
    });
    await expect(
      bulkEditItems(t.db, actor, {
        storeId,
        itemIds: [a.id, b.id],
        edit: { kind: "price_percent", percent: 10 },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: a.id } })).priceCents).toBe(1000);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: b.id } })).priceCents).toBe(1000);
  });

  it("refuses a store outside the actor's scope", async () => {
    const other = await createStore(t.db);
    const b = await t.db.menuItem.create({
      data: { storeId: other.id, nameZh: "b", nameEn: "b", priceCents: 1000 },
    });
    await expect(
      bulkEditItems(
        t.db,
        { ...actor, role: "STORE_MANAGER", storeIds: [storeId] },
        { storeId: other.id, itemIds: [b.id], edit: { kind: "enable", active: false } },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: b.id } })).active).toBe(true);
  });

  it("moves to a category of the store only, and writes nothing for a foreign one", async () => {
    const cat = await t.db.menuCategory.create({ data: { storeId, nameZh: "早餐", nameEn: "B" } });
    const other = await createStore(t.db);
    const foreign = await t.db.menuCategory.create({
      data: { storeId: other.id, nameZh: "x", nameEn: "x" },
    });
    const a = await t.db.menuItem.create({
      data: { storeId, nameZh: "a", nameEn: "a", priceCents: 1000 },
    });
    await expect(
      bulkEditItems(t.db, actor, {
        storeId,
        itemIds: [a.id],
        edit: { kind: "move", categoryId: foreign.id },
      }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { "edit.categoryId": expect.any(Array) } },
    });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: a.id } })).categoryId).toBeNull();
    await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [a.id],
      edit: { kind: "move", categoryId: cat.id },
    });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: a.id } })).categoryId).toBe(
      cat.id,
    );
  });

  it("enable puts switched-off and sold-out items back on sale; disable switches off", async () => {
    const off = await t.db.menuItem.create({
      data: { storeId, nameZh: "off", nameEn: "off", priceCents: 1000, active: false },
    });
    const soldOut = await t.db.menuItem.create({
      data: {
        storeId,
        nameZh: "86",
        nameEn: "86",
        priceCents: 1000,
        soldOutUntil: new Date(Date.now() + 3_600_000),
      },
    });
    const r = await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [off.id, soldOut.id],
      edit: { kind: "enable", active: true },
    });
    expect(r.changed).toBe(2);
    const rows = await t.db.menuItem.findMany({ where: { id: { in: [off.id, soldOut.id] } } });
    expect(rows.map((x) => [x.active, x.soldOutUntil])).toEqual([
      [true, null],
      [true, null],
    ]);
    await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [off.id],
      edit: { kind: "enable", active: false },
    });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: off.id } })).active).toBe(false);
  });

  it("a bulk edit makes an editor opened before it stale (the last writer is told)", async () => {
    const a = await t.db.menuItem.create({
      data: { storeId, nameZh: "面", nameEn: "Noodles", priceCents: 1000 },
    });
    await new Promise((r) => setTimeout(r, 5)); // updatedAt has millisecond resolution
    await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [a.id],
      edit: { kind: "price_percent", percent: 20 },
    });
    await expect(
      updateMenuItem(t.db, actor, form(a.id, storeId, a.updatedAt, 1300)),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: a.id } })).priceCents).toBe(1200);
  });

  it("the shared schema refuses a percentage that would make prices negative, or 0 %", () => {
    const parse = (percent: number) =>
      bulkEditSchema.safeParse({
        storeId,
        itemIds: ["x"],
        edit: { kind: "price_percent", percent },
      });
    const paths = (percent: number) =>
      parse(percent).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths(-101)).toEqual([["edit.percent", "A price cannot go below 0."]]);
    expect(paths(0)).toEqual([["edit.percent", "Enter a change other than 0."]]);
    expect(paths(Number.NaN)?.[0]?.[0]).toBe("edit.percent");
    expect(parse(-100).success).toBe(true);
    expect(
      bulkEditSchema.safeParse({ storeId, itemIds: [], edit: { kind: "enable", active: true } })
        .error?.issues[0]?.path,
    ).toEqual(["itemIds"]);
  });
});
