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
