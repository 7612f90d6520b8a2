import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export type WebhookEvent = "order.created" | "order.updated";

/**
 * Queues one delivery per active endpoint of the order's store and channel. Called inside the
 * transaction of the change, so a webhook exists exactly when the change committed.
 */
export async function enqueueWebhooks(
  tx: Tx,
  input: { storeId: string; channel: Channel; orderId: string; event: WebhookEvent; data: unknown },
  now = new Date(),
): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { storeId: input.storeId, channel: input.channel, active: true },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const payload = JSON.stringify({
    event: input.event,
    occurredAt: now.toISOString(),
    data: input.data,
  });
  await tx.webhookDelivery.createMany({
    data: endpoints.map((e) => ({
      endpointId: e.id,
      orderId: input.orderId,
      event: input.event,
      payload,
      nextAttemptAt: now,
    })),
  });
  return endpoints.length;
}
