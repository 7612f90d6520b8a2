import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Topics of the live event stream. */
export type LiveTopic =
  | "order.created"
  | "order.updated"
  | "courier.updated"
  | "courier.position"
  | "dispatch.plan"
  | "ticket.created"
  | "ticket.updated"
  | "ticket.message"
  | "menu.updated"
  | "stock.low";

export type LiveEventInput = { topic: LiveTopic; storeId: string | null; payload: unknown };

/**
 * Appends a live event to the outbox. Call it inside the transaction of the change it
 * announces, so an event exists exactly when the change committed; the event stream reads
 * the outbox in id order (and replays from Last-Event-ID after a reconnect), on every instance.
 */
export async function publishEvent(tx: Tx, event: LiveEventInput): Promise<void> {
  await tx.liveEvent.create({
    data: { topic: event.topic, storeId: event.storeId, payload: JSON.stringify(event.payload) },
  });
}
