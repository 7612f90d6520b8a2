import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/platform/db-client";
import { publishEvent } from "@/lib/platform/events";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export type LiveOrder = { id: string; code: string; trackingToken: string };

/**
 * Places a new order of a seeded store straight in the e2e database, with its timeline event and
 * live event in one transaction, as the intake does. Going around the HTTP intake keeps the
 * board tests independent of the store's opening hours and auto-accept settings at test time.
 */
export async function placeLiveOrder(storeCode = "S01"): Promise<LiveOrder> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const suffix = randomBytes(3).toString("hex").toUpperCase();
    const now = new Date();
    return await db.$transaction(async (tx) => {
      const order = await tx.order.create({
        data: {
          code: `${storeCode}-E2E${suffix}`,
          storeId: store.id,
          channel: "STOREFRONT",
          subtotalCents: 3000,
          packagingFeeCents: 100,
          totalCents: 3100,
          trackingToken: randomBytes(18).toString("base64url"),
          customerName: "测试顾客",
          customerPhone: "13900001111",
          addressLine: "衡山路 2 号",
          lat: store.lat + 0.004,
          lng: store.lng + 0.003,
          prepMinutes: 15,
          placedAt: now,
          promisedAt: new Date(now.getTime() + 40 * 60_000),
          items: {
            create: [
              {
                nameZh: "牛肉面",
                nameEn: "Beef noodles",
                quantity: 2,
                unitPriceCents: 1500,
                lineTotalCents: 3000,
              },
            ],
          },
        },
        select: { id: true, code: true, trackingToken: true, version: true },
      });
      await tx.orderEvent.create({
        data: { orderId: order.id, type: "placed", toStatus: "PLACED", actorType: "CHANNEL" },
      });
      await publishEvent(tx, {
        topic: "order.created",
        storeId: store.id,
        payload: { orderId: order.id, code: order.code, status: "PLACED", version: order.version },
      });
      return { id: order.id, code: order.code, trackingToken: order.trackingToken };
    });
  } finally {
    await db.$disconnect();
  }
}

type StoreSettings = {
  status: "OPEN" | "BUSY" | "PAUSED";
  autoAccept: string;
  slotMaxOrders: number | null;
  slotMaxValueCents: number | null;
  hours: { dayOfWeek: number; opensAt: number; closesAt: number }[];
};

/**
 * Opens a seeded store around the clock with manual accept, so an order posted through the
 * intake API lands as PLACED whatever the time of day; returns a function restoring the seed.
 */
export async function openStoreForIntake(storeCode = "S01"): Promise<() => Promise<void>> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const store = await db.store.findUniqueOrThrow({
      where: { code: storeCode },
      include: { hours: { select: { dayOfWeek: true, opensAt: true, closesAt: true } } },
    });
    const saved: StoreSettings = {
      status: store.status,
      autoAccept: store.autoAccept,
      slotMaxOrders: store.slotMaxOrders,
      slotMaxValueCents: store.slotMaxValueCents,
      hours: store.hours,
    };
    const write = (s: StoreSettings) =>
      db.$transaction([
        db.openingHours.deleteMany({ where: { storeId: store.id } }),
        db.openingHours.createMany({ data: s.hours.map((h) => ({ ...h, storeId: store.id })) }),
        db.store.update({
          where: { id: store.id },
          data: {
            status: s.status,
            autoAccept: s.autoAccept,
            slotMaxOrders: s.slotMaxOrders,
            slotMaxValueCents: s.slotMaxValueCents,
          },
        }),
      ]);
    const allDay = [0, 1, 2, 3, 4, 5, 6].map((d) => ({ dayOfWeek: d, opensAt: 0, closesAt: 1440 }));
    await write({
      status: "OPEN",
      autoAccept: "{}",
      slotMaxOrders: null,
      slotMaxValueCents: null,
      hours: allDay,
    });
    return async () => {
      const again = createPrismaClient(E2E_DATABASE_URL);
      try {
        await again.$transaction([
          again.openingHours.deleteMany({ where: { storeId: store.id } }),
          again.openingHours.createMany({
            data: saved.hours.map((h) => ({ ...h, storeId: store.id })),
          }),
          again.store.update({
            where: { id: store.id },
            data: {
              status: saved.status,
              autoAccept: saved.autoAccept,
              slotMaxOrders: saved.slotMaxOrders,
              slotMaxValueCents: saved.slotMaxValueCents,
            },
          }),
        ]);
      } finally {
        await again.$disconnect();
      }
    };
  } finally {
    await db.$disconnect();
  }
}

/** A body for `POST /api/v1/orders`: an orderable item of the store, delivered next door. */
export async function intakeBody(storeCode = "S01") {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const item = await db.menuItem.findFirstOrThrow({
      where: {
        storeId: store.id,
        active: true,
        soldOutUntil: null,
        stockTracked: false,
        priceCents: { gte: 1000 },
        optionGroups: { none: { minChoices: { gt: 0 } } },
      },
      select: { id: true, recipe: { select: { ingredientId: true } } },
    });
    // Every call orders 4; keep the recipe's ingredients stocked so a long run (many specs,
    // or a reused sandbox database) never turns the item into "not enough <ingredient>".
    // The top-up is booked as a manual adjustment, so the stock ledger stays balanced.
    const low = await db.ingredient.findMany({
      where: { id: { in: item.recipe.map((line) => line.ingredientId) }, stockQty: { lt: 1000 } },
      select: { id: true, stockQty: true },
    });
    for (const ingredient of low) {
      await db.$transaction([
        db.ingredient.update({ where: { id: ingredient.id }, data: { stockQty: 1000 } }),
        db.stockMovement.create({
          data: {
            storeId: store.id,
            ingredientId: ingredient.id,
            delta: 1000 - ingredient.stockQty,
            reason: "ADJUST",
            note: "e2e top-up",
          },
        }),
      ]);
    }
    return {
      customer: { name: "接口顾客", phone: "13900002222" },
      address: { line: "衡山路 3 号", lat: store.lat + 0.001, lng: store.lng + 0.001 },
      items: [{ itemId: item.id, quantity: 4 }],
    };
  } finally {
    await db.$disconnect();
  }
}
