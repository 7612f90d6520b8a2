import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { transitionOrder } from "@/lib/orders/server/mutations";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "SC1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
});
afterAll(() => t.cleanup());

const body = (itemId: string) => ({
  customer: { name: "王芳", phone: "13900001111" },
  address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
  items: [{ itemId, quantity: 1, optionIds: [] }],
});

const sumDelta = async (where: { itemId?: string; ingredientId?: string }) =>
  (await t.db.stockMovement.aggregate({ where, _sum: { delta: true } }))._sum.delta ?? 0;

describe("stock under concurrency (real intake, real SQLite file)", () => {
  it("accepts exactly 50 of 200 concurrent orders for 50 portions; ledger balances", async () => {
    const beef = await t.db.ingredient.create({
      data: { storeId: s.store.id, name: "牛肉", unit: "kg", stockQty: 100, lowStockThreshold: 95 },
    });
    const item = await t.db.menuItem.create({
      data: {
        storeId: s.store.id,
        nameZh: "招牌牛肉饭",
        nameEn: "Signature beef rice",
        priceCents: 2000,
        stockTracked: true,
        stockQty: 50,
        lowStockThreshold: 10,
        recipe: { create: { ingredientId: beef.id, quantity: 0.2 } },
      },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => placeChannelOrder(t.db, principal, body(item.id))),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(accepted).toHaveLength(50);
    for (const r of refused) {
      // Refused as a business outcome (conflict or not available), never an internal error.
      expect((r.reason as { code?: string }).code).toMatch(/^(conflict|validation)$/);
    }
    const after = await t.db.menuItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.stockQty).toBe(0);
    expect(after.soldOutUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await t.db.order.count({ where: { storeId: s.store.id } })).toBe(50);
    // Ledger balanced: 50 start − sum of movements = 0 on hand; ingredients likewise.
    expect(await sumDelta({ itemId: item.id })).toBe(-50);
    expect(await t.db.stockMovement.count({ where: { itemId: item.id, reason: "ORDER" } })).toBe(
      50,
    );
    const beefAfter = await t.db.ingredient.findUniqueOrThrow({ where: { id: beef.id } });
    expect(beefAfter.stockQty).toBeCloseTo(90, 6);
    expect(100 + (await sumDelta({ ingredientId: beef.id }))).toBeCloseTo(beefAfter.stockQty, 6);
    // Low stock announced once per crossing: item (≤10) and ingredient (≤95).
    const lows = await t.db.liveEvent.findMany({ where: { topic: "stock.low" } });
    const kinds = lows.map((e) => (JSON.parse(e.payload) as { kind: string }).kind).sort();
    expect(kinds).toEqual(["ingredient", "item"]);

    // Cancelling gives back item and ingredients with CANCEL rows; the ledger still balances.
    const first = accepted[0];
    if (first?.status !== "fulfilled") throw new Error("no order");
    const channel = { type: "CHANNEL" as const, id: principal.keyId, storeId: s.store.id };
    await transitionOrder(t.db, channel, {
      orderId: first.value.id,
      version: first.value.version,
      action: "cancel",
      reason: "Customer",
    });
    const restocked = await t.db.menuItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(restocked).toMatchObject({ stockQty: 1, soldOutUntil: null });
    expect(await sumDelta({ itemId: item.id })).toBe(-49);
    const beefBack = await t.db.ingredient.findUniqueOrThrow({ where: { id: beef.id } });
    expect(beefBack.stockQty).toBeCloseTo(90.2, 6);
    expect(100 + (await sumDelta({ ingredientId: beef.id }))).toBeCloseTo(beefBack.stockQty, 6);
  });

  it("never takes an ingredient below zero: 5 kg at 0.25 kg a dish serves exactly 20 of 60", async () => {
    const flour = await t.db.ingredient.create({
      data: { storeId: s.store.id, name: "面粉", unit: "kg", stockQty: 5 },
    });
    const item = await t.db.menuItem.create({
      data: {
        storeId: s.store.id,
        nameZh: "手工面",
        nameEn: "Hand-pulled noodles",
        priceCents: 2000,
        recipe: { create: { ingredientId: flour.id, quantity: 0.25 } },
      },
    });
    const before = await t.db.order.count();
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, () => placeChannelOrder(t.db, principal, body(item.id))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    const refusal = results.find((r) => r.status === "rejected");
    // Refused either in the race (conflict) or, once the flour reads short, as not available.
    const code = refusal?.status === "rejected" ? (refusal.reason as { code?: string }).code : null;
    expect(["conflict", "validation"]).toContain(code);
    expect(await t.db.order.count()).toBe(before + 20);
    const left = await t.db.ingredient.findUniqueOrThrow({ where: { id: flour.id } });
    expect(left.stockQty).toBeGreaterThanOrEqual(-1e-9);
    expect(left.stockQty).toBeCloseTo(0, 6);
    expect(5 + (await sumDelta({ ingredientId: flour.id }))).toBeCloseTo(0, 6);
  });
});
