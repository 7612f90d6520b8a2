import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { createPurchaseOrder, receivePurchaseOrder, sendPurchaseOrder } from "./supply";
import { findReorderSuggestions } from "./supply-queries";

let t: TestDb;
let storeId: string;
let beefId: string;
let supplierId: string;
let actor: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const u = await t.db.user.create({
    data: { email: "s@test.local", name: "S", role: "STORE_MANAGER", passwordHash: "x" },
  });
  actor = {
    id: u.id,
    email: u.email,
    name: "S",
    role: "STORE_MANAGER",
    locale: null,
    storeIds: [storeId],
  };
  beefId = (
    await t.db.ingredient.create({
      data: { storeId, name: "牛肉", unit: "kg", stockQty: 10, costCents: 8000 },
    })
  ).id;
  supplierId = (await t.db.supplier.create({ data: { name: "Meat Co", leadTimeDays: 3 } })).id;
  // 56 kg used over the last 28 days = 2 kg a day; an old ORDER outside the window is ignored.
  for (let d = 1; d <= 28; d++) {
    await t.db.stockMovement.create({
      data: {
        storeId,
        ingredientId: beefId,
        delta: -2,
        reason: d % 7 === 0 ? "WASTE" : "ORDER",
        createdAt: new Date(NOW.getTime() - d * 86_400_000 + 1000),
      },
    });
  }
  await t.db.stockMovement.create({
    data: {
      storeId,
      ingredientId: beefId,
      delta: -100,
      reason: "ORDER",
      createdAt: new Date(NOW.getTime() - 40 * 86_400_000),
    },
  });
});
afterAll(() => t.cleanup());

describe("supply", () => {
  it("suggests reordering from four weeks of usage and the supplier's lead time", async () => {
    await t.db.purchaseOrder.create({
      data: {
        storeId,
        supplierId,
        status: "RECEIVED",
        lines: {
          create: { ingredientId: beefId, quantity: 1, unitCostCents: 8000, receivedQty: 1 },
        },
      },
    });
    const [row] = await findReorderSuggestions(t.db, storeId, NOW);
    // 2/day × (3 lead + 2 safety) = 10 point; stock 10 ≤ 10 → order up to 10 + 6 = 16 → 6.
    expect(row).toMatchObject({
      name: "牛肉",
      dailyUsage: 2,
      leadTimeDays: 3,
      reorderPoint: 10,
      suggestedQty: 6,
      supplierName: "Meat Co",
    });
  });

  it("draft → sent → partly received → received; stock, average cost and ledger follow", async () => {
    const po = await createPurchaseOrder(t.db, actor, {
      storeId,
      supplierId,
      lines: [{ ingredientId: beefId, quantity: 10, unitCostCents: 10000 }],
    });
    const line = await t.db.purchaseOrderLine.findFirstOrThrow({
      where: { purchaseOrderId: po.id },
    });
    await expect(
      receivePurchaseOrder(t.db, actor, {
        purchaseOrderId: po.id,
        lines: [{ lineId: line.id, qty: 1 }],
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await sendPurchaseOrder(t.db, actor, po.id);
    expect(
      await receivePurchaseOrder(t.db, actor, {
        purchaseOrderId: po.id,
        lines: [{ lineId: line.id, qty: 4 }],
      }),
    ).toEqual({ status: "PARTLY_RECEIVED" });
    await expect(
      receivePurchaseOrder(t.db, actor, {
        purchaseOrderId: po.id,
        lines: [{ lineId: line.id, qty: 7 }],
      }),
    ).rejects.toMatchObject({
      code: "validation",
      message: "Only 6 still to come.",
    });
    expect(
      await receivePurchaseOrder(t.db, actor, {
        purchaseOrderId: po.id,
        lines: [{ lineId: line.id, qty: 6 }],
      }),
    ).toEqual({ status: "RECEIVED" });
    const beef = await t.db.ingredient.findUniqueOrThrow({ where: { id: beefId } });
    expect(beef.stockQty).toBe(20);
    // 10 kg at 80.00 then 4 at 100.00 → 85.71; then 6 more at 100.00 → 90.00.
    expect(beef.costCents).toBe(9000);
    const receipts = await t.db.stockMovement.findMany({
      where: { ingredientId: beefId, reason: "RECEIVE" },
    });
    expect(receipts.map((r) => r.delta).sort()).toEqual([4, 6]);
  });

  it("a purchase order of another store reads as missing", async () => {
    const other = await createStore(t.db);
    const otherIng = await t.db.ingredient.create({
      data: { storeId: other.id, name: "x", unit: "kg" },
    });
    const po = await t.db.purchaseOrder.create({
      data: {
        storeId: other.id,
        supplierId,
        lines: { create: { ingredientId: otherIng.id, quantity: 1, unitCostCents: 1 } },
      },
    });
    await expect(sendPurchaseOrder(t.db, actor, po.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createPurchaseOrder(t.db, actor, {
        storeId: other.id,
        supplierId,
        lines: [{ ingredientId: otherIng.id, quantity: 1, unitCostCents: 1 }],
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
