import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { INDEFINITE } from "../domain/sold-out";
import { setSoldOut } from "./sold-out";
import { restockDue } from "./restock-job";
import { exportMenuCsv, importMenuCsv } from "./menu-csv";
import { adjustStock } from "./stock-mutations";
import { findLowStock } from "./low-stock";

let t: TestDb;
let storeId: string;
let otherStoreId: string;
let itemId: string;
let admin: Actor;
let staff: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  otherStoreId = (await createStore(t.db)).id;
  const user = await t.db.user.create({
    data: { email: "m@test.local", name: "M", role: "PLATFORM_ADMIN", passwordHash: "x" },
  });
  admin = {
    id: user.id,
    email: user.email,
    name: "M",
    role: "PLATFORM_ADMIN",
    locale: null,
    storeIds: null,
  };
  staff = { ...admin, role: "STORE_STAFF", storeIds: [otherStoreId] };
  await t.db.openingHours.create({ data: { storeId, dayOfWeek: 4, opensAt: 600, closesAt: 1320 } });
  await t.db.webhookEndpoint.create({
    data: { storeId, channel: "MEITUAN", url: "http://127.0.0.1:9/h", secret: "s" },
  });
  const cat = await t.db.menuCategory.create({
    data: { storeId, nameZh: "面", nameEn: "Noodles" },
  });
  const sub = await t.db.menuCategory.create({
    data: { storeId, parentId: cat.id, nameZh: "汤面", nameEn: "Soup" },
  });
  itemId = (
    await t.db.menuItem.create({
      data: {
        storeId,
        categoryId: sub.id,
        nameZh: "牛肉面",
        nameEn: "Beef noodles",
        priceCents: 2800,
        stockTracked: true,
        stockQty: 10,
        lowStockThreshold: 3,
        channelOverrides: JSON.stringify({ MEITUAN: { priceCents: 3000 } }),
        optionGroups: {
          create: {
            nameZh: "辣度",
            nameEn: "Spice",
            minChoices: 1,
            maxChoices: 1,
            options: {
              create: [
                { nameZh: "微辣", nameEn: "Mild" },
                { nameZh: "特辣", nameEn: "Hot", priceDeltaCents: 100 },
              ],
            },
          },
        },
      },
    })
  ).id;
  await t.db.menuItem.create({
    data: { storeId, nameZh: "可乐", nameEn: "Cola", priceCents: 500 },
  });
});
afterAll(() => t.cleanup());

describe("sold out", () => {
  it("until tomorrow's opening: audited, announced live and by webhook, restocked by the job", async () => {
    const r = await setSoldOut(
      t.db,
      admin,
      { target: "item", id: itemId, mode: "tomorrow" },
      undefined,
      NOW,
    );
    // Thursday 10:00 Shanghai.
    expect(r.soldOutUntil?.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    expect(
      await t.db.auditLog.count({ where: { action: "menu.sold_out", entityId: itemId } }),
    ).toBe(1);
    expect(await t.db.liveEvent.count({ where: { topic: "menu.updated" } })).toBe(1);
    const hook = await t.db.webhookDelivery.findFirstOrThrow({ where: { event: "menu.updated" } });
    expect(JSON.parse(hook.payload)).toMatchObject({
      data: { reason: "sold_out", itemIds: [itemId] },
    });

    expect(await restockDue(t.db, new Date("2026-11-26T01:59:00Z"))).toBe(0);
    expect(await restockDue(t.db, new Date("2026-11-26T02:00:00Z"))).toBe(1);
    const item = await t.db.menuItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item.soldOutUntil).toBeNull();
    expect(await t.db.webhookDelivery.count({ where: { event: "menu.updated" } })).toBe(2);
  });

  it("now = until restocked; a past chosen time is a field error; foreign stores read as missing", async () => {
    const r = await setSoldOut(
      t.db,
      admin,
      { target: "item", id: itemId, mode: "now" },
      undefined,
      NOW,
    );
    expect(r.soldOutUntil).toEqual(INDEFINITE);
    await expect(
      setSoldOut(
        t.db,
        admin,
        { target: "item", id: itemId, mode: "until", until: new Date(NOW.getTime() - 1) },
        undefined,
        NOW,
      ),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { until: expect.any(Array) } },
    });
    await expect(
      setSoldOut(t.db, staff, { target: "item", id: itemId, mode: "restock" }, undefined, NOW),
    ).rejects.toMatchObject({ code: "not_found" });
    await setSoldOut(t.db, admin, { target: "item", id: itemId, mode: "restock" }, undefined, NOW);
  });

  it("works for one option", async () => {
    const hot = await t.db.menuOption.findFirstOrThrow({ where: { nameEn: "Hot" } });
    await setSoldOut(t.db, admin, { target: "option", id: hot.id, mode: "now" }, undefined, NOW);
    expect(
      (await t.db.menuOption.findUniqueOrThrow({ where: { id: hot.id } })).soldOutUntil,
    ).toEqual(INDEFINITE);
    await setSoldOut(
      t.db,
      admin,
      { target: "option", id: hot.id, mode: "restock" },
      undefined,
      NOW,
    );
  });
});

describe("stock adjustments", () => {
  it("books waste and corrections to the ledger, never below zero", async () => {
    await adjustStock(t.db, admin, {
      target: "item",
      id: itemId,
      reason: "WASTE",
      delta: -8,
      note: "dropped",
    });
    const low = await t.db.liveEvent.findMany({ where: { topic: "stock.low" } });
    expect(low).toHaveLength(1);
    // The needs-attention queue lists it, and only in scope.
    expect((await findLowStock(t.db, {})).map((s) => [s.id, s.qty, s.threshold])).toEqual([
      [itemId, 2, 3],
    ]);
    expect(await findLowStock(t.db, { storeId: { in: [otherStoreId] } })).toEqual([]);
    await expect(
      adjustStock(t.db, admin, {
        target: "item",
        id: itemId,
        reason: "ADJUST",
        delta: -5,
        note: "count",
      }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { delta: ["Only 2 on hand."] } },
    });
    await expect(
      adjustStock(t.db, admin, {
        target: "item",
        id: itemId,
        reason: "WASTE",
        delta: 1,
        note: "x",
      }),
    ).rejects.toMatchObject({ code: "validation" });
    await adjustStock(t.db, admin, {
      target: "item",
      id: itemId,
      reason: "ADJUST",
      delta: 8,
      note: "recount",
    });
    const moves = await t.db.stockMovement.findMany({
      where: { itemId },
      orderBy: { createdAt: "asc" },
    });
    expect(moves.map((m) => [m.reason, m.delta])).toEqual([
      ["WASTE", -8],
      ["ADJUST", 8],
    ]);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: itemId } })).stockQty).toBe(10);
  });
});

describe("menu CSV", () => {
  it("round-trips: importing the export changes nothing and keeps ids", async () => {
    const before = await exportMenuCsv(t.db, admin, storeId);
    const options = await t.db.menuOption.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const result = await importMenuCsv(t.db, admin, { storeId, csv: before, skipBadRows: false });
    expect(result).toEqual({ created: 0, updated: 2, skipped: [], pendingApproval: 0 });
    expect(await exportMenuCsv(t.db, admin, storeId)).toBe(before);
    expect(
      await t.db.menuOption.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    ).toEqual(options);
    expect(await t.db.menuCategory.count({ where: { storeId } })).toBe(2);
  });

  it("refuses a file with bad rows as a whole, or imports the good ones when told to skip", async () => {
    const csv = "nameZh,nameEn,price,stockTracked,stockQty\n新,New,12.5,true,4\n坏,Bad,-1,,\n";
    const count = () => t.db.menuItem.count({ where: { storeId } });
    const n = await count();
    await expect(
      importMenuCsv(t.db, admin, { storeId, csv, skipBadRows: false }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { "line 3": ["price: Price cannot be negative."] } },
    });
    expect(await count()).toBe(n);
    const r = await importMenuCsv(t.db, admin, { storeId, csv, skipBadRows: true });
    expect(r.created).toBe(1);
    expect(r.skipped.map((e) => e.line)).toEqual([3]);
    const created = await t.db.menuItem.findFirstOrThrow({ where: { storeId, nameEn: "New" } });
    expect(created).toMatchObject({ priceCents: 1250, stockQty: 4 });
    expect(
      await t.db.stockMovement.count({ where: { itemId: created.id, reason: "ADJUST" } }),
    ).toBe(1);
  });

  it("refuses another store's menu to a store-scoped user", async () => {
    await expect(exportMenuCsv(t.db, staff, storeId)).rejects.toMatchObject({ code: "not_found" });
  });
});
