import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/platform/actor";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { findEntryMenu } from "@/lib/orders/server/entry-menu";
import { menuItemInputSchema, supplierInputSchema, updateMenuItemSchema } from "../schemas";
import { createMenuItem } from "./item-editor";
import { updateMenuItem } from "./item-mutations";
import { moveCategory, saveCategory } from "./category-mutations";
import { saveSupplier } from "./supplier-mutations";
import { savePhoto } from "./photos";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let other: Awaited<ReturnType<typeof createIntakeStore>>;
let admin: Actor;
let outsider: Actor;
let principal: ApiPrincipal;
let beefId: string;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "ED1");
  other = await createIntakeStore(t.db, "ED2");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  const u = await t.db.user.create({
    data: { email: "ed@test.local", name: "Ed", role: "PLATFORM_ADMIN", passwordHash: "x" },
  });
  admin = {
    id: u.id,
    email: u.email,
    name: "Ed",
    role: "PLATFORM_ADMIN",
    locale: null,
    storeIds: null,
  };
  outsider = { ...admin, role: "STORE_MANAGER", storeIds: [other.store.id] };
  beefId = (
    await t.db.ingredient.create({
      data: { storeId: s.store.id, name: "牛肉", unit: "kg", stockQty: 1 },
    })
  ).id;
});
afterAll(() => t.cleanup());

const itemForm = (over: Record<string, unknown> = {}) =>
  menuItemInputSchema.parse({
    storeId: s.store.id,
    categoryId: null,
    nameZh: "牛肉面",
    nameEn: "Beef noodles",
    priceCents: 2800,
    active: true,
    stockTracked: false,
    stockQty: null,
    lowStockThreshold: null,
    availability: null,
    channelOverrides: { MEITUAN: { priceCents: 3000 } },
    optionGroups: [
      {
        nameZh: "加料",
        nameEn: "Add-ons",
        minChoices: 0,
        maxChoices: 2,
        options: [
          {
            nameZh: "加牛肉",
            nameEn: "Extra beef",
            priceDeltaCents: 800,
            recipe: [{ ingredientId: beefId, quantity: 0.4 }],
          },
          { nameZh: "加蛋", nameEn: "Egg", priceDeltaCents: 200 },
        ],
      },
    ],
    ...over,
  });

describe("menu editor mutations", () => {
  it("refuses impossible min/max with a field error on the group", () => {
    const bad = menuItemInputSchema.safeParse({
      ...itemForm(),
      optionGroups: [
        {
          nameZh: "辣",
          nameEn: "Spice",
          minChoices: 3,
          maxChoices: 2,
          options: [{ nameZh: "微", nameEn: "Mild", priceDeltaCents: 0 }],
        },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toContain("optionGroups.0.minChoices");
    const negative = menuItemInputSchema.safeParse({ ...itemForm(), priceCents: -1 });
    expect(negative.error?.issues[0]?.path).toEqual(["priceCents"]);
  });

  it("creates an item with options and a photo; edits keep option ids; a stale save is refused", async () => {
    const photo = await savePhoto(t.db, admin, { storeId: s.store.id, bytes: PNG });
    const created = await createMenuItem(t.db, admin, itemForm({ photoId: photo.id }));
    const item = await t.db.menuItem.findUniqueOrThrow({
      where: { id: created.id },
      include: { optionGroups: { include: { options: { include: { recipe: true } } } } },
    });
    expect(item.photoUrl).toBe(`/api/menu/photos/${photo.id}`);
    const options = item.optionGroups[0]?.options ?? [];
    expect(options.map((o) => o.nameEn).sort()).toEqual(["Egg", "Extra beef"]);
    const beef = options.find((o) => o.nameEn === "Extra beef");
    expect(beef?.recipe).toEqual([
      expect.objectContaining({ ingredientId: beefId, quantity: 0.4 }),
    ]);

    const edit = (priceCents: number, expectedUpdatedAt: Date) =>
      updateMenuItemSchema.parse({
        ...itemForm({ photoId: photo.id }),
        id: created.id,
        expectedUpdatedAt,
        priceCents,
        optionGroups: [
          {
            id: item.optionGroups[0]?.id,
            nameZh: "加料",
            nameEn: "Add-ons",
            minChoices: 0,
            maxChoices: 1,
            options: [
              {
                id: beef?.id,
                nameZh: "加牛肉",
                nameEn: "Extra beef",
                priceDeltaCents: 900,
                recipe: [{ ingredientId: beefId, quantity: 0.4 }],
              },
            ],
          },
        ],
      });
    await updateMenuItem(t.db, admin, edit(3200, created.updatedAt));
    const after = await t.db.menuOption.findMany({ where: { group: { itemId: created.id } } });
    expect(after.map((o) => [o.id, o.priceDeltaCents])).toEqual([[beef?.id, 900]]);
    // A second editor still holding the first version is told it changed; nothing written.
    await expect(updateMenuItem(t.db, admin, edit(1, created.updatedAt))).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: created.id } })).priceCents).toBe(
      3200,
    );
  });

  it("keeps other stores out: a foreign store, a foreign photo, a foreign ingredient", async () => {
    await expect(createMenuItem(t.db, outsider, itemForm())).rejects.toMatchObject({
      code: "not_found",
    });
    const foreign = await savePhoto(t.db, admin, { storeId: other.store.id, bytes: PNG });
    await expect(
      createMenuItem(t.db, admin, itemForm({ photoId: foreign.id })),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { photoId: expect.any(Array) } },
    });
    await expect(
      savePhoto(t.db, admin, { storeId: s.store.id, bytes: new TextEncoder().encode("<svg/>") }),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      savePhoto(t.db, admin, { storeId: s.store.id, bytes: new Uint8Array(1_000_001).fill(0xff) }),
    ).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("categories: sub-categories two levels deep, reordered up and down", async () => {
    const a = await saveCategory(t.db, admin, {
      storeId: s.store.id,
      parentId: null,
      nameZh: "甲",
      nameEn: "A",
      active: true,
      availability: null,
    });
    const b = await saveCategory(t.db, admin, {
      storeId: s.store.id,
      parentId: null,
      nameZh: "乙",
      nameEn: "B",
      active: true,
      availability: null,
    });
    const sub = await saveCategory(t.db, admin, {
      storeId: s.store.id,
      parentId: a.id,
      nameZh: "甲一",
      nameEn: "A1",
      active: true,
      availability: null,
    });
    await expect(
      saveCategory(t.db, admin, {
        storeId: s.store.id,
        parentId: sub.id,
        nameZh: "深",
        nameEn: "Deep",
        active: true,
        availability: null,
      }),
    ).rejects.toMatchObject({
      code: "validation",
      details: { fields: { parentId: expect.any(Array) } },
    });
    const order = async () =>
      (
        await t.db.menuCategory.findMany({
          where: { storeId: s.store.id, parentId: null },
          orderBy: { sortOrder: "asc" },
        })
      ).map((c) => c.nameEn);
    expect((await order()).slice(-2)).toEqual(["A", "B"]);
    expect(
      await moveCategory(t.db, admin, { storeId: s.store.id, id: b.id, direction: "up" }),
    ).toEqual({ moved: true });
    expect((await order()).indexOf("B")).toBeLessThan((await order()).indexOf("A"));
    await expect(
      moveCategory(t.db, outsider, { storeId: s.store.id, id: b.id, direction: "down" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("suppliers: created with a lead time and linked ingredients; foreign ingredients refused", async () => {
    const bad = supplierInputSchema.safeParse({ storeId: s.store.id, name: "X", leadTimeDays: -1 });
    expect(bad.error?.issues[0]?.path).toEqual(["leadTimeDays"]);
    const sup = await saveSupplier(
      t.db,
      admin,
      supplierInputSchema.parse({
        storeId: s.store.id,
        name: "肉联厂",
        leadTimeDays: 3,
        ingredientIds: [beefId],
      }),
    );
    expect((await t.db.ingredient.findUniqueOrThrow({ where: { id: beefId } })).supplierId).toBe(
      sup.id,
    );
    const foreignIngredient = await t.db.ingredient.create({
      data: { storeId: other.store.id, name: "外店", unit: "kg" },
    });
    await expect(
      saveSupplier(
        t.db,
        admin,
        supplierInputSchema.parse({
          storeId: s.store.id,
          id: sup.id,
          name: "肉联厂",
          leadTimeDays: 4,
          ingredientIds: [foreignIngredient.id],
        }),
      ),
    ).rejects.toMatchObject({ code: "validation" });
    expect((await t.db.supplier.findUniqueOrThrow({ where: { id: sup.id } })).leadTimeDays).toBe(3);
  });
});

describe("ingredient shortage and option recipes at intake", () => {
  const body = (itemId: string, optionIds: string[] = []) => ({
    customer: { name: "王芳", phone: "13900001111" },
    address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
    items: [{ itemId, quantity: 1, optionIds }],
  });

  it("an option consumes its recipe; a short ingredient greys the option, then the dish", async () => {
    const flour = await t.db.ingredient.create({
      data: { storeId: s.store.id, name: "面粉", unit: "kg", stockQty: 0.5 },
    });
    const created = await createMenuItem(
      t.db,
      admin,
      itemForm({ nameEn: "Shortage dish", channelOverrides: {} }),
    );
    await t.db.recipeLine.create({
      data: { itemId: created.id, ingredientId: flour.id, quantity: 0.25 },
    });
    const extraBeef = await t.db.menuOption.findFirstOrThrow({
      where: { group: { itemId: created.id }, nameEn: "Extra beef" },
    });
    await t.db.ingredient.update({ where: { id: beefId }, data: { stockQty: 0.5 } });
    await placeChannelOrder(t.db, principal, body(created.id, [extraBeef.id]));
    expect(
      (await t.db.ingredient.findUniqueOrThrow({ where: { id: beefId } })).stockQty,
    ).toBeCloseTo(0.1, 6);
    // 0.1 kg of beef left: "extra beef" (0.4 kg) is greyed and refused, the dish itself is not.
    let entry = (await findEntryMenu(t.db, [s.store.id])).find((i) => i.id === created.id);
    expect(entry?.soldOut).toBe(false);
    expect(entry?.optionGroups[0]?.options.find((o) => o.id === extraBeef.id)?.soldOut).toBe(true);
    await expect(
      placeChannelOrder(t.db, principal, body(created.id, [extraBeef.id])),
    ).rejects.toMatchObject({
      code: "validation",
    });
    await placeChannelOrder(t.db, principal, body(created.id));
    // The flour is gone now: the dish is greyed on the order entry form and refused by intake.
    entry = (await findEntryMenu(t.db, [s.store.id])).find((i) => i.id === created.id);
    expect(entry?.soldOut).toBe(true);
    await expect(placeChannelOrder(t.db, principal, body(created.id))).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("a switched-off category and the channel's own price apply at intake", async () => {
    const cat = await saveCategory(t.db, admin, {
      storeId: s.store.id,
      parentId: null,
      nameZh: "早餐",
      nameEn: "Breakfast",
      active: true,
      availability: null,
    });
    const created = await createMenuItem(
      t.db,
      admin,
      itemForm({
        nameEn: "Channel dish",
        categoryId: cat.id,
        optionGroups: [],
        channelOverrides: { STOREFRONT: { priceCents: 3100 } },
      }),
    );
    const placed = await placeChannelOrder(t.db, principal, body(created.id));
    const line = await t.db.orderItem.findFirstOrThrow({ where: { orderId: placed.id } });
    expect(line.unitPriceCents).toBe(3100);
    await saveCategory(t.db, admin, {
      storeId: s.store.id,
      id: cat.id,
      parentId: null,
      nameZh: "早餐",
      nameEn: "Breakfast",
      active: false,
      availability: null,
    });
    await expect(placeChannelOrder(t.db, principal, body(created.id))).rejects.toMatchObject({
      code: "validation",
    });
  });
});
