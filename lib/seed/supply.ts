import type { PurchaseOrderStatus } from "@/lib/generated/prisma/client";
import type { Rng } from "./prng";
import type { StoreCtx } from "./stores";
import { DAY, HOUR } from "./time";
import type { Staff } from "./users";
import type { Writer } from "./writer";

type IngredientDef = readonly [
  name: string,
  unit: string,
  stock: number,
  low: number,
  costCents: number,
];

// Stock-keeping kitchens: ingredient name, unit, stock on hand, low-stock threshold, cost per unit.
const INGREDIENTS: Record<string, readonly IngredientDef[]> = {
  S01: [
    ["五花肉", "kg", 18, 8, 3800],
    ["黄牛肉", "kg", 6, 8, 9800],
    ["螺丝椒", "kg", 12, 5, 1200],
    ["剁辣椒", "kg", 9, 3, 1800],
    ["大米", "kg", 60, 20, 600],
    ["鱼头", "个", 7, 6, 2600],
  ],
  S02: [
    ["牛腱子", "kg", 22, 10, 8800],
    ["高筋面粉", "kg", 80, 30, 450],
    ["白萝卜", "kg", 15, 5, 300],
    ["香菜蒜苗", "kg", 2, 3, 1600],
    ["牛骨", "kg", 40, 15, 1200],
  ],
  S04: [
    ["鸡腿肉", "kg", 25, 10, 2200],
    ["香菇", "kg", 6, 4, 2000],
    ["青椒", "kg", 5, 3, 800],
    ["大米", "kg", 50, 20, 600],
    ["黄焖酱料", "瓶", 14, 6, 3500],
  ],
  S06: [
    ["鲜牛奶", "L", 36, 20, 1400],
    ["红茶茶叶", "kg", 4, 2, 16000],
    ["木薯珍珠", "kg", 9, 5, 1800],
    ["芋泥", "kg", 3, 4, 3200],
    ["青提", "kg", 8, 4, 2400],
    ["芝士奶盖粉", "kg", 5, 2, 6000],
  ],
};

/** Ingredients and recipes for four kitchens, two shared suppliers and one store's own, and POs in every state. */
export function seedSupply(
  w: Writer,
  rng: Rng,
  now: Date,
  stores: readonly StoreCtx[],
  staff: Staff,
): void {
  const n = now.getTime();
  const shared = [
    {
      id: rng.id("w"),
      name: "上海江桥蔬菜批发 Jiangqiao Produce",
      contactName: "王建国",
      phone: "13916628830",
      leadTimeDays: 1,
    },
    {
      id: rng.id("w"),
      name: "锦江冷链肉禽配送 Jinjiang Cold-chain Meat",
      contactName: "李秀英",
      phone: "13761503392",
      leadTimeDays: 2,
    },
  ];
  for (const s of shared) w.push("supplier", { ...s, createdAt: new Date(n - 300 * DAY) });
  for (const store of stores) {
    const defs = INGREDIENTS[store.def.code];
    if (defs === undefined) continue;
    const ingredients = defs.map(([name, unit, stockQty, lowStockThreshold, costCents]) => {
      const id = rng.id("g");
      w.push("ingredient", {
        id,
        storeId: store.id,
        name,
        unit,
        stockQty,
        lowStockThreshold,
        costCents,
      });
      return { id, costCents, unit };
    });
    for (const item of store.items) {
      for (const ing of rng.sample(ingredients, rng.int(1, 3))) {
        const qty =
          ing.unit === "kg" || ing.unit === "L"
            ? Math.round(rng.float(0.05, 0.3) * 1000) / 1000
            : 0.1;
        w.push("recipeLine", { itemId: item.id, ingredientId: ing.id, quantity: qty });
      }
    }
    let suppliers = shared.map((s) => s.id);
    if (store.def.code === "S06") {
      const own = rng.id("w");
      w.push("supplier", {
        id: own,
        storeId: store.id,
        name: "茶语原料直供 Tea Moment Supplies",
        contactName: "陈思",
        phone: "13601882716",
        leadTimeDays: 3,
        createdAt: new Date(n - 200 * DAY),
      });
      suppliers = [own];
    }
    const manager = staff.storeUserIds.get(store.def.code)?.[0] ?? staff.adminId;
    const states: readonly (readonly [PurchaseOrderStatus, number])[] = [
      ["RECEIVED", 21],
      ["RECEIVED", 9],
      ["PARTLY_RECEIVED", 3],
      ["SENT", 1],
      ["DRAFT", 0],
      ...(store.def.code === "S01" ? ([["CANCELLED", 12]] as const) : []),
    ];
    for (const [status, daysAgo] of states) {
      const poId = rng.id("b");
      const created = n - daysAgo * DAY - rng.int(1, 8) * HOUR;
      const sentAt = status === "DRAFT" ? null : created + HOUR;
      const receivedAt =
        status === "RECEIVED" || status === "PARTLY_RECEIVED"
          ? created + rng.int(20, 40) * HOUR
          : null;
      let total = 0;
      const lines = rng.sample(ingredients, rng.int(2, 4)).map((ing) => {
        const quantity = rng.int(5, 40);
        const receivedQty =
          status === "RECEIVED"
            ? quantity
            : status === "PARTLY_RECEIVED"
              ? Math.floor(quantity / 2)
              : 0;
        total += quantity * ing.costCents;
        return {
          id: rng.id("j"),
          purchaseOrderId: poId,
          ingredientId: ing.id,
          quantity,
          receivedQty,
          unitCostCents: ing.costCents,
        };
      });
      w.push("purchaseOrder", {
        id: poId,
        storeId: store.id,
        supplierId: rng.pick(suppliers),
        status,
        totalCents: total,
        createdById: manager,
        createdAt: new Date(created),
        sentAt: sentAt === null ? null : new Date(sentAt),
        receivedAt: receivedAt === null ? null : new Date(receivedAt),
      });
      for (const l of lines) {
        w.push("purchaseOrderLine", l);
        if (receivedAt !== null && l.receivedQty > 0) {
          w.push("stockMovement", {
            id: rng.id("m"),
            storeId: store.id,
            ingredientId: l.ingredientId,
            delta: l.receivedQty,
            reason: "RECEIVE",
            actorId: manager,
            note: `PO ${poId.slice(-6)}`,
            createdAt: new Date(receivedAt),
          });
        }
      }
    }
    const first = ingredients[0];
    if (first !== undefined) {
      w.push("stockMovement", {
        id: rng.id("m"),
        storeId: store.id,
        ingredientId: first.id,
        delta: -1.5,
        reason: "WASTE",
        actorId: manager,
        note: "过期报损 expired",
        createdAt: new Date(n - 2 * DAY),
      });
      w.push("stockMovement", {
        id: rng.id("m"),
        storeId: store.id,
        ingredientId: first.id,
        delta: 0.8,
        reason: "ADJUST",
        actorId: manager,
        note: "盘点差异 stock count",
        createdAt: new Date(n - DAY),
      });
    }
  }
}
