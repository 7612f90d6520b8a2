import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, OrderStatus } from "@/lib/generated/prisma/enums";
import { publishEvent } from "@/lib/platform/events";
import { recordAudit } from "@/lib/platform/audit";
import { enqueueWebhooks } from "@/lib/webhooks/enqueue";
import { eventActor, type OrderActor } from "./order-actor";

type Tx = Prisma.TransactionClient;

export type OrderChange = {
  order: { id: string; code: string; storeId: string; channel: Channel };
  type: string;
  from: OrderStatus | null;
  to: OrderStatus;
  version: number;
  reason?: string | null;
  data?: Record<string, unknown>;
  topic: "order.created" | "order.updated";
};

/**
 * Everything a status change must leave behind, in the caller's transaction: the timeline
 * event, the staff audit row, the live event and the channel's webhook deliveries.
 */
export async function recordOrderChange(tx: Tx, who: OrderActor, change: OrderChange, now: Date) {
  const { order } = change;
  const data = who.type === "STAFF" ? change.data : { ...change.data, by: who.id };
  await tx.orderEvent.create({
    data: {
      orderId: order.id,
      type: change.type,
      fromStatus: change.from,
      toStatus: change.to,
      ...eventActor(who),
      reason: change.reason ?? null,
      data: data && Object.keys(data).length > 0 ? JSON.stringify(data) : null,
      createdAt: now,
    },
  });
  if (who.type === "STAFF") {
    await recordAudit(
      tx,
      who.actor,
      {
        action: `order.${change.type}`,
        entityType: "Order",
        entityId: order.id,
        storeId: order.storeId,
        before: change.from ? { status: change.from } : undefined,
        after: { status: change.to, ...(change.reason ? { reason: change.reason } : {}) },
      },
      who.origin,
    );
  }
  const payload = {
    orderId: order.id,
    code: order.code,
    status: change.to,
    version: change.version,
  };
  await publishEvent(tx, { topic: change.topic, storeId: order.storeId, payload });
  await enqueueWebhooks(
    tx,
    {
      storeId: order.storeId,
      channel: order.channel,
      orderId: order.id,
      event: change.topic,
      data: payload,
    },
    now,
  );
}
