import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { updateMenuItemSchema } from "../schemas";
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

  it("bulk edits prices by percent within one store only", async () => {
    const a = await t.db.menuItem.create({
      data: { storeId, nameZh: "a", nameEn: "a", priceCents: 1000 },
    });
    const other = await createStore(t.db);
    const b = await t.db.menuItem.create({
      data: { storeId: other.id, nameZh: "b", nameEn: "b", priceCents: 1000 },
    });
    const r = await bulkEditItems(t.db, actor, {
      storeId,
      itemIds: [a.id, b.id],
      edit: { kind: "price_percent", percent: 10 },
    });
    expect(r.changed).toBe(1);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: a.id } })).priceCents).toBe(1100);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: b.id } })).priceCents).toBe(1000);
  });
});
