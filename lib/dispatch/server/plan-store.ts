import { z } from "zod";
import type { LiveStop } from "@/lib/dispatch/live/types";
import type { PlannedStop } from "@/lib/dispatch/plan-types";

/** Courier.plan as stored: the planned stops plus each stop's store, for tenancy filtering. */
export type StoredPlan = { stops: (PlannedStop & { storeId: string })[]; updatedAt: string };

const storedPlanSchema = z.object({
  stops: z.array(
    z.object({
      orderId: z.string(),
      orderCode: z.string(),
      kind: z.enum(["PICKUP", "DROPOFF"]),
      lat: z.number(),
      lng: z.number(),
      eta: z.string(),
      storeId: z.string(),
    }),
  ),
  updatedAt: z.string(),
});

/** The stored form of a planner route. */
export function storedPlan(
  stops: readonly LiveStop[],
  storeOf: ReadonlyMap<string, string>,
  now: Date,
): StoredPlan {
  return {
    stops: stops.map((s) => ({
      orderId: s.orderId,
      orderCode: s.code,
      kind: s.kind,
      lat: s.lat,
      lng: s.lng,
      eta: new Date(Math.round(s.eta)).toISOString(),
      storeId: storeOf.get(s.orderId) ?? "",
    })),
    updatedAt: now.toISOString(),
  };
}

/** Parses Courier.plan; a damaged value reads as no plan rather than failing a page. */
export function parseStoredPlan(json: string | null): StoredPlan | null {
  if (json === null) return null;
  try {
    const parsed = storedPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
