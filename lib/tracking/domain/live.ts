/** An outbox event as the tracking stream sees it (topic, payload; store already scoped). */
export type OutboxEvent = { topic: string; payload: unknown };

/** What makes an event this order's business: its id, its tickets, its courier. */
export type OrderLiveContext = {
  orderId: string;
  ticketIds: ReadonlySet<string>;
  courierId: string | null;
};

function field(payload: unknown, key: string): unknown {
  return typeof payload === "object" && payload !== null
    ? (payload as Record<string, unknown>)[key]
    : undefined;
}

/** Which lookups deciding a batch needs: ticket ids only for ticket events, etc. */
export function contextNeeds(events: readonly OutboxEvent[]): {
  tickets: boolean;
  courier: boolean;
} {
  return {
    tickets: events.some((e) => e.topic.startsWith("ticket.")),
    courier: events.some((e) => e.topic === "courier.position"),
  };
}

/**
 * Whether a customer tracking one order may learn that this event happened: the order's own
 * changes (status, ETA, courier, refunds), its tickets' changes and public messages (an
 * internal note is never announced), and its courier's moves. Everything else — other
 * orders, other tickets, other couriers, menus, dispatch plans — is not theirs.
 */
export function isPublicOrderEvent(event: OutboxEvent, ctx: OrderLiveContext): boolean {
  const { topic, payload } = event;
  if (topic === "order.created" || topic === "order.updated") {
    return field(payload, "orderId") === ctx.orderId;
  }
  if (topic === "ticket.created" || topic === "ticket.updated" || topic === "ticket.message") {
    const id = field(payload, "id");
    if (typeof id !== "string" || !ctx.ticketIds.has(id)) return false;
    return !(topic === "ticket.message" && field(payload, "internal") === true);
  }
  if (topic === "courier.position") {
    return ctx.courierId !== null && field(payload, "courierId") === ctx.courierId;
  }
  return false;
}
