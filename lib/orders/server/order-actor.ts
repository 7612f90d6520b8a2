import type { Actor } from "@/lib/platform/actor";
import { storeScope } from "@/lib/platform/actor";
import type { ActorType } from "@/lib/generated/prisma/enums";

/** Where a staff mutation came from, for the audit log. */
export type RequestOrigin = { ip: string; userAgent: string | null };

/**
 * Who changes an order: a signed-in staff member, or a non-staff party (the system, an ordering
 * channel's API key, a courier, the customer) limited to one store or, for the system, to all.
 */
export type OrderActor =
  | { type: "STAFF"; actor: Actor; origin?: RequestOrigin }
  | { type: Exclude<ActorType, "STAFF">; id: string | null; storeId: string | null };

/** The `where` fragment limiting orders to what the actor may touch. */
export function orderScope(who: OrderActor): { storeId?: { in: string[] } | string } {
  if (who.type === "STAFF") return storeScope(who.actor);
  return who.storeId === null ? {} : { storeId: who.storeId };
}

/** The actor columns of an OrderEvent row. */
export function eventActor(who: OrderActor): { actorType: ActorType; actorId: string | null } {
  // OrderEvent.actorId references User, so only staff ids go there; others travel in `data`.
  return who.type === "STAFF"
    ? { actorType: "STAFF", actorId: who.actor.id }
    : { actorType: who.type, actorId: null };
}

/** Wraps a staff actor for the order mutations. */
export function staff(actor: Actor, origin?: RequestOrigin): OrderActor {
  return origin ? { type: "STAFF", actor, origin } : { type: "STAFF", actor };
}

/**
 * Which party a cancellation is booked to: store staff cancel for the store, platform staff
 * and the system for the platform, channels and customers for the customer.
 */
export function cancelParty(who: OrderActor): "STORE" | "PLATFORM" | "CUSTOMER" | "COURIER" {
  if (who.type === "STAFF") return who.actor.storeIds === null ? "PLATFORM" : "STORE";
  if (who.type === "SYSTEM") return "PLATFORM";
  if (who.type === "COURIER") return "COURIER";
  return "CUSTOMER";
}
