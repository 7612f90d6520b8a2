import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { problemResponse } from "@/lib/platform/guard";
import {
  liveEventResponse,
  type LiveRender,
  type LiveStreamOptions,
} from "@/lib/live/event-stream";
import { contextNeeds, isPublicOrderEvent } from "../domain/live";
import { getTrackingView } from "./queries";
import { TOKEN_PATTERN } from "./order-by-token";

/** The order's ticket ids the customer may hear about: its own and those they merged into. */
async function customerTicketIds(db: Db, orderId: string): Promise<Set<string>> {
  const own = await db.ticket.findMany({
    where: { orderId },
    select: { id: true, mergedIntoId: true },
  });
  return new Set(own.flatMap((t) => (t.mergedIntoId ? [t.id, t.mergedIntoId] : [t.id])));
}

/**
 * Renders a batch for one tracking page: when any event is this order's public business, the
 * page's whole public view (the same DTO the page and its poll get) is pushed as one `view`
 * message, and only when it changed. Events themselves are never forwarded, so nothing about
 * other orders, internal notes or outbox ids reaches the customer.
 */
export function trackingRender(db: Db, token: string, orderId: string): LiveRender {
  let lastSent = "";
  return async (events) => {
    const needs = contextNeeds(events);
    const [ticketIds, order] = await Promise.all([
      needs.tickets ? customerTicketIds(db, orderId) : new Set<string>(),
      needs.courier
        ? db.order.findUnique({ where: { id: orderId }, select: { courierId: true } })
        : null,
    ]);
    const ctx = { orderId, ticketIds, courierId: order?.courierId ?? null };
    if (!events.some((e) => isPublicOrderEvent(e, ctx))) return "";
    const view = await getTrackingView(db, token);
    if (!view) return "";
    const json = JSON.stringify(view);
    if (json === lastSent) return "";
    lastSent = json;
    return `event: view\ndata: ${json}\n\n`;
  };
}

/**
 * The tracking page's live stream (SSE) for the order behind `token`; 404 problem JSON for
 * an unknown token. Reuses the staff stream's outbox tail (and its LISTEN/NOTIFY wake-up on
 * PostgreSQL), narrowed to the order's store and then to the order itself.
 */
export async function trackingEventResponse(
  db: Db,
  token: string,
  signal: AbortSignal,
  options: Omit<LiveStreamOptions, "render"> = {},
): Promise<Response> {
  const order = TOKEN_PATTERN.test(token)
    ? await db.order.findUnique({
        where: { trackingToken: token },
        select: { id: true, storeId: true, trackingToken: true },
      })
    : null;
  if (!order || order.trackingToken !== token) {
    return problemResponse(new AppError("not_found", "No such order."), "/track/events");
  }
  // a fresh stream starts at the newest event; the page refetches once when it opens
  return liveEventResponse(db, [order.storeId], null, signal, {
    ...options,
    render: trackingRender(db, token, order.id),
  });
}
