import type { ActorType, Channel, OrderStatus } from "@/lib/generated/prisma/client";
import type { Rng } from "./prng";
import type { Plan, Step } from "./timeline";
import { MINUTE } from "./time";
import type { Writer } from "./writer";

export type EventExtra = { actorId?: string | null; reason?: string | null; data?: object };

/** Appends one row to an order's append-only event log. */
export function pushEvent(
  w: Writer,
  rng: Rng,
  orderId: string,
  type: string,
  from: OrderStatus | null,
  to: OrderStatus | null,
  at: number,
  actorType: ActorType,
  extra: EventExtra = {},
): void {
  w.push("orderEvent", {
    id: rng.id("e"),
    orderId,
    type,
    fromStatus: from,
    toStatus: to,
    actorType,
    actorId: extra.actorId ?? null,
    reason: extra.reason ?? null,
    data: extra.data === undefined ? null : JSON.stringify(extra.data),
    createdAt: new Date(at),
  });
}

export type TimelineInput = {
  orderId: string;
  // the steps reached by now, oldest first; the first is PLACED
  steps: readonly Step[];
  plan: Plan;
  channel: Channel;
  channelOrderRef: string | null;
  autoAccept: boolean;
  storeActor: string | null;
  refundActor: string | null;
  reason: string | null;
  refundReason: string | null;
  courierId: string | null;
  now: number;
};

/**
 * The order's status history as events, consistent with its timestamps: who placed it (channel,
 * customer or staff), who moved it on (store staff, the system for auto-accept, the courier), and
 * why it was cancelled, rejected or refunded. Returns when a courier was assigned, if one was.
 */
export function writeTimeline(w: Writer, rng: Rng, t: TimelineInput): number | null {
  const { steps, orderId } = t;
  const first = steps[0];
  if (first === undefined) return null;
  const placedActor: ActorType =
    t.channel === "STOREFRONT" ? "CUSTOMER" : t.channel === "PHONE" ? "STAFF" : "CHANNEL";
  pushEvent(w, rng, orderId, "order_placed", null, "PLACED", first.at, placedActor, {
    actorId: t.channel === "PHONE" ? t.storeActor : null,
    data: { channel: t.channel, channelOrderRef: t.channelOrderRef },
  });
  let assignedAt: number | null = null;
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1];
    const s = steps[i];
    if (prev === undefined || s === undefined) continue;
    let actorType: ActorType = "STAFF";
    let actorId: string | null = t.storeActor;
    let reason: string | null = null;
    if (s.status === "ACCEPTED" && t.autoAccept) [actorType, actorId] = ["SYSTEM", null];
    if (s.status === "PICKED_UP" || s.status === "DELIVERED") {
      [actorType, actorId] = ["COURIER", null];
    }
    if (s.status === "CANCELLED" || s.status === "REJECTED") {
      actorType = t.plan.cancelledBy ?? "STAFF";
      actorId = actorType === "STAFF" ? t.storeActor : null;
      reason = t.reason;
    }
    if (s.status === "REFUNDED") [actorId, reason] = [t.refundActor, t.refundReason];
    if (s.status === "PICKED_UP" && t.courierId !== null) {
      // Dispatch offers the job a few minutes before the food is collected.
      const at = Math.max(prev.at + 1000, s.at - rng.int(3, 9) * MINUTE);
      pushEvent(w, rng, orderId, "courier_assigned", null, null, at, "SYSTEM", {
        data: { courierId: t.courierId },
      });
      assignedAt = at;
    }
    const courierData = actorType === "COURIER" && t.courierId !== null;
    pushEvent(w, rng, orderId, "status_changed", prev.status, s.status, s.at, actorType, {
      actorId,
      reason,
      data: courierData ? { courierId: t.courierId } : undefined,
    });
  }
  const last = steps[steps.length - 1] ?? first;
  if (t.courierId !== null && assignedAt === null) {
    assignedAt = Math.max(last.at, Math.min(t.now - 30_000, last.at + rng.int(1, 4) * MINUTE));
    pushEvent(w, rng, orderId, "courier_assigned", null, null, assignedAt, "SYSTEM", {
      data: { courierId: t.courierId },
    });
  }
  return assignedAt;
}
