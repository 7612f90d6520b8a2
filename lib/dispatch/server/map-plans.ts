import "server-only";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import { findCourierPlans } from "./plans";

type StoreWhere = { storeId?: { in: string[] } };

/**
 * The live planner's current courier plans for the map; couriers it has not planned get a
 * route read off their orders on the client (see `effectivePlans`).
 */
export function findMapPlans(scope: StoreWhere): Promise<CourierPlan[]> {
  return findCourierPlans(scope);
}
