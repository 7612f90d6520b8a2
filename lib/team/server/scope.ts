import type { Actor } from "@/lib/platform/actor";

/**
 * Which staff an actor may see and manage: everyone for unscoped roles; for store-scoped roles,
 * store staff who work only in the actor's stores (never managers or unscoped roles).
 */
export function staffVisibleTo(actor: Actor) {
  if (actor.storeIds === null) return {};
  return {
    OR: [
      { id: actor.id },
      {
        role: "STORE_STAFF" as const,
        stores: {
          some: { storeId: { in: actor.storeIds } },
          every: { storeId: { in: actor.storeIds } },
        },
      },
    ],
  };
}
