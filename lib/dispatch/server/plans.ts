import "server-only";
import { db } from "@/lib/platform/db";
import type { Db } from "@/lib/platform/db-client";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import { parseStoredPlan } from "./plan-store";

type StoreWhere = { storeId?: { in: string[] } };

/**
 * Every active courier's current plan as the live planner stored it. For store-scoped
 * actors only the stops of their stores' orders are shown (couriers are shared by stores).
 */
export async function findCourierPlans(scope: StoreWhere, client: Db = db): Promise<CourierPlan[]> {
  const rows = await client.courier.findMany({
    where: { active: true, plan: { not: null } },
    select: { id: true, plan: true, planUpdatedAt: true },
    orderBy: { code: "asc" },
  });
  const allowed = scope.storeId ? new Set(scope.storeId.in) : null;
  const plans: CourierPlan[] = [];
  for (const row of rows) {
    const stored = parseStoredPlan(row.plan);
    if (!stored) continue;
    const stops = stored.stops
      .filter((s) => allowed === null || allowed.has(s.storeId))
      .map(({ storeId: _storeId, ...stop }) => stop);
    if (allowed !== null && stops.length === 0) continue;
    plans.push({ courierId: row.id, stops, updatedAt: stored.updatedAt });
  }
  return plans;
}
