import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";

// The query module reads the app's shared client; point it at a fresh database file.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { findIngredients, findMenuSections } = await import("./queries");
const db = testDb.db;

const NOW = new Date("2026-11-25T04:00:00Z");
let storeId: string;

beforeAll(async () => {
  storeId = (await createStore(db)).id;
  const noodles = await db.menuCategory.create({
    data: { storeId, nameZh: "面", nameEn: "Noodles", sortOrder: 1 },
  });
  await db.menuCategory.create({
    data: { storeId, nameZh: "饮品", nameEn: "Drinks", sortOrder: 2 },
  });
  const item = (nameEn: string, extra: object) =>
    db.menuItem.create({
      data: { storeId, categoryId: noodles.id, nameZh: nameEn, nameEn, priceCents: 2800, ...extra },
    });
  const beef = await item("beef", { sortOrder: 1 });
  await db.optionGroup.create({ data: { itemId: beef.id, nameZh: "辣度", nameEn: "Spice" } });
  await item("until tomorrow", { sortOrder: 2, soldOutUntil: new Date(NOW.getTime() + 3_600_000) });
  await item("was sold out", { sortOrder: 3, soldOutUntil: new Date(NOW.getTime() - 60_000) });
  await item("switched off", { sortOrder: 4, active: false });
  await item("low", { sortOrder: 5, stockTracked: true, stockQty: 3, lowStockThreshold: 3 });
  await item("plenty", { sortOrder: 6, stockTracked: true, stockQty: 30, lowStockThreshold: 3 });
  await db.menuItem.create({ data: { storeId, nameZh: "散", nameEn: "loose", priceCents: 100 } });
  await db.ingredient.createMany({
    data: [
      { storeId, name: "牛肉", unit: "kg", stockQty: 1.5, lowStockThreshold: 2 },
      { storeId, name: "面粉", unit: "kg", stockQty: 20, lowStockThreshold: 5 },
    ],
  });
});
afterAll(() => testDb.cleanup());

describe("store menu", () => {
  it("groups items by category in menu order, uncategorized last", async () => {
    const sections = await findMenuSections(storeId, NOW);
    expect(sections.map((s) => s.nameEn)).toEqual(["Noodles", "Drinks", ""]);
    expect(sections[0]?.items.map((i) => i.nameEn)).toEqual([
      "beef",
      "until tomorrow",
      "was sold out",
      "switched off",
      "low",
      "plenty",
    ]);
    expect(sections[1]?.items).toEqual([]);
    expect(sections[2]?.categoryId).toBeNull();
    expect(sections[0]?.items[0]?.optionGroupCount).toBe(1);
  });

  it("marks items sold out while switched off or sold out until a future time", async () => {
    const items = (await findMenuSections(storeId, NOW))[0]?.items ?? [];
    const soldOut = Object.fromEntries(items.map((i) => [i.nameEn, i.soldOut]));
    expect(soldOut).toMatchObject({
      beef: false,
      "until tomorrow": true,
      "was sold out": false,
      "switched off": true,
    });
  });

  it("shows stock only where it is counted, low at or below the threshold", async () => {
    const items = (await findMenuSections(storeId, NOW))[0]?.items ?? [];
    const byName = Object.fromEntries(items.map((i) => [i.nameEn, i]));
    expect(byName.beef).toMatchObject({ stockQty: null, lowStock: false });
    expect(byName.low).toMatchObject({ stockQty: 3, lowStock: true });
    expect(byName.plenty).toMatchObject({ stockQty: 30, lowStock: false });
  });

  it("lists ingredients with a low-stock flag", async () => {
    const rows = await findIngredients(storeId);
    expect(rows.map((r) => [r.name, r.lowStock])).toEqual([
      ["牛肉", true],
      ["面粉", false],
    ]);
  });
});
