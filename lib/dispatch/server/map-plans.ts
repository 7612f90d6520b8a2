import "server-only";
import type { CourierPlan } from "@/lib/dispatch/plan-types";

type StoreWhere = { storeId?: { in: string[] } };

/**
 * The planner's current courier plans for the map. Until the live planner persists plans the
 * map draws routes read off each courier's orders (see `effectivePlans`).
 */
export async function findMapPlans(scope: StoreWhere): Promise<CourierPlan[]> {
  void scope;
  return [];
}
