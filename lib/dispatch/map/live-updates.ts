import type { CourierPlan, CourierPositionEvent } from "@/lib/dispatch/plan-types";
import { COURIER_STATUSES, type CourierStatusName, type DispatchMapData } from "./types";

const isStatus = (s: string): s is CourierStatusName =>
  (COURIER_STATUSES as readonly string[]).includes(s);

/**
 * The map after a batch of live events: each courier takes its newest position (older or
 * malformed pings are ignored, so an out-of-order event never moves a courier back) and each
 * re-planned courier its new plan.
 */
export function applyLiveUpdates(
  data: DispatchMapData,
  update: { positions: readonly CourierPositionEvent[]; plans: readonly CourierPlan[] },
): DispatchMapData {
  const latest = new Map<string, CourierPositionEvent>();
  for (const p of update.positions) {
    if (!p || typeof p.courierId !== "string") continue;
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) continue;
    const seen = latest.get(p.courierId);
    if (!seen || Date.parse(p.at) >= Date.parse(seen.at)) latest.set(p.courierId, p);
  }
  const couriers =
    latest.size === 0
      ? data.couriers
      : data.couriers.map((c) => {
          const p = latest.get(c.id);
          if (!p) return c;
          if (c.lastPingAt && Date.parse(p.at) < Date.parse(c.lastPingAt)) return c;
          return {
            ...c,
            lat: p.lat,
            lng: p.lng,
            lastPingAt: p.at,
            status: isStatus(p.status) ? p.status : c.status,
          };
        });
  let plans = data.plans;
  if (update.plans.length > 0) {
    const next = new Map(data.plans.map((p) => [p.courierId, p]));
    for (const plan of update.plans) {
      if (plan && typeof plan.courierId === "string" && Array.isArray(plan.stops)) {
        next.set(plan.courierId, plan);
      }
    }
    plans = [...next.values()];
  }
  return { ...data, couriers, plans };
}
