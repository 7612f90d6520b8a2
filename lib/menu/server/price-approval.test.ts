import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore } from "@/lib/testing/fixtures";
import { type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { decideApproval } from "@/lib/approvals/server/decide";
import { setApprovalThreshold } from "@/lib/approvals/server/thresholds";
import { updateMenuItemSchema } from "../schemas";
import { bulkEditItems, updateMenuItem } from "./item-mutations";
import { importMenuCsv } from "./menu-csv";

// Issue 9 point 6 in the menu: a price change reaching the store's PRICE_CHANGE threshold is
// queued for a second person (old price kept, everything else saved); smaller ones are written.

let t: TestDb;
let storeId: string;
let otherStoreId: string;
let admin: Actor;
let manager: Actor;

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  otherStoreId = (await createStore(t.db)).id;
  admin = await createActor(t.db, "PLATFORM_ADMIN");
  manager = await createActor(t.db, "STORE_MANAGER", [storeId, otherStoreId]);
  // ¥10 in this store; the other store has no line of its own and no default: never gated.
  await setApprovalThreshold(t.db, admin, { kind: "PRICE_CHANGE", storeId, thresholdCents: 1000 });
});
afterAll(() => t.cleanup());

const item = (nameEn: string, priceCents: number, store = storeId) =>
  t.db.menuItem.create({ data: { storeId: store, nameZh: nameEn, nameEn, priceCents } });
const price = async (id: string) =>
  (await t.db.menuItem.findUniqueOrThrow({ where: { id } })).priceCents;
const pending = (subjectId: string) =>
  t.db.approvalRequest.findMany({ where: { kind: "PRICE_CHANGE", subjectId, status: "PENDING" } });

const form = (
  i: { id: string; storeId: string; updatedAt: Date },
  priceCents: number,
  nameEn = "Noodles",
) =>
  updateMenuItemSchema.parse({
    id: i.id,
    storeId: i.storeId,
    expectedUpdatedAt: i.updatedAt,
    categoryId: null,
    nameZh: "面",
    nameEn,
    priceCents,
    active: true,
    stockTracked: false,
    stockQty: null,
    lowStockThreshold: null,
    availability: [],
    channelOverrides: {},
    optionGroups: [],
  });

describe("menu price changes above the store's threshold", () => {
  it("editor: saves the other fields, keeps the old price, queues one request a second person approves", async () => {
    const noodles = await item("Noodles", 2800);
    const r = await updateMenuItem(t.db, manager, form(noodles, 4000, "Beef noodles"));
    expect(r.priceApprovalId).toEqual(expect.any(String));
    const saved = await t.db.menuItem.findUniqueOrThrow({ where: { id: noodles.id } });
    expect(saved).toMatchObject({ priceCents: 2800, nameEn: "Beef noodles" });
    const requests = await pending(noodles.id);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      id: r.priceApprovalId,
      storeId,
      amountCents: 1200,
      requestedById: manager.id,
    });

    const id = requests[0]?.id ?? "";
    const decide = (by: Actor) => decideApproval(t.db, by, { id, decision: "APPROVE", note: "" });
    expect(await errorCodeOf(decide(manager))).toBe("forbidden");
    expect(await price(noodles.id)).toBe(2800);
    await decide(admin);
    expect(await price(noodles.id)).toBe(4000);
    expect(await pending(noodles.id)).toHaveLength(0);
  });

  it("editor: a change below the threshold, or in a store without one, is written directly", async () => {
    const rice = await item("Rice", 2800);
    const r = await updateMenuItem(t.db, manager, form(rice, 3700));
    expect(r.priceApprovalId).toBeNull();
    expect(await price(rice.id)).toBe(3700);
    const elsewhere = await item("Rice", 2800, otherStoreId);
    await updateMenuItem(t.db, manager, form(elsewhere, 9800));
    expect(await price(elsewhere.id)).toBe(9800);
    expect(
      await t.db.approvalRequest.count({ where: { subjectId: { in: [rice.id, elsewhere.id] } } }),
    ).toBe(0);
  });

  it("bulk %: queues only the items whose change reaches the threshold and keeps their price", async () => {
    const small = await item("Tea", 1000); // +50% → 1500: ¥5, written
    const big = await item("Duck", 4000); // → 6000: ¥20, queued
    const mid = await item("Fish", 2000); // → 3000: exactly ¥10, queued
    const edit = {
      storeId,
      itemIds: [small.id, big.id, mid.id],
      edit: { kind: "price_percent" as const, percent: 50 },
    };
    const r = await bulkEditItems(t.db, manager, edit);
    expect(r).toEqual({ changed: 1, selected: 3, pendingApproval: 2 });
    expect([await price(small.id), await price(big.id), await price(mid.id)]).toEqual([
      1500, 4000, 2000,
    ]);
    expect(await pending(small.id)).toHaveLength(0);
    expect(await pending(big.id)).toHaveLength(1);
    expect(await pending(mid.id)).toHaveLength(1);

    // Again: the waiting ones stay held (no second request, no refusal of the batch).
    const again = await bulkEditItems(t.db, manager, edit);
    expect(again).toEqual({ changed: 1, selected: 3, pendingApproval: 2 });
    expect(await price(small.id)).toBe(2250);
    expect(await pending(big.id)).toHaveLength(1);
  });

  it("CSV import: a new price of an existing item above the threshold is queued, the rest imported", async () => {
    const soup = await item("Soup", 1000);
    const bun = await item("Bun", 1000);
    const csv = "nameZh,nameEn,price\n汤,Soup,30\n包,Bun,12\n";
    const r = await importMenuCsv(t.db, manager, { storeId, csv, skipBadRows: false });
    expect(r).toMatchObject({ created: 0, updated: 2, pendingApproval: 1 });
    expect(await price(soup.id)).toBe(1000);
    expect(await price(bun.id)).toBe(1200);
    expect(await pending(soup.id)).toHaveLength(1);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: soup.id } })).nameZh).toBe("汤");
  });
});
