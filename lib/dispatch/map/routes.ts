import type { CourierPlan, PlannedStop } from "@/lib/dispatch/plan-types";
import type { LatLng } from "./interpolate";
import type { DispatchMapData, MapCourier, MapFilters, MapOrder } from "./types";

/** Marker colour of each courier status (also used in the legend). */
export const STATUS_COLOURS: Record<string, string> = {
  OFFLINE: "#9ca3af",
  AVAILABLE: "#16a34a",
  TO_PICKUP: "#2563eb",
  TO_DROPOFF: "#7c3aed",
  BREAK: "#d97706",
};

export function statusColour(status: string): string {
  return STATUS_COLOURS[status] ?? "#6b7280";
}

/** The line a courier will ride: from where it is now through its planned stops, in order. */
export function routeLatLngs(
  courier: Pick<MapCourier, "lat" | "lng"> | null,
  stops: readonly PlannedStop[],
): LatLng[] {
  const line: LatLng[] = [];
  if (courier && courier.lat !== null && courier.lng !== null)
    line.push([courier.lat, courier.lng]);
  for (const stop of stops) line.push([stop.lat, stop.lng]);
  return line;
}

/**
 * Plans read off the orders themselves, for couriers the planner has not planned (yet): every
 * order the courier holds is a pickup at its store unless already picked up, then its drop-off,
 * oldest promise first. The planner's own plan always wins when there is one.
 */
export function plansFromOrders(orders: readonly MapOrder[], now: Date): CourierPlan[] {
  const byCourier = new Map<string, MapOrder[]>();
  for (const order of orders) {
    if (!order.courierId) continue;
    const list = byCourier.get(order.courierId) ?? [];
    list.push(order);
    byCourier.set(order.courierId, list);
  }
  const plans: CourierPlan[] = [];
  for (const [courierId, list] of byCourier) {
    list.sort((a, b) => a.promisedAt.localeCompare(b.promisedAt));
    const stop = (o: MapOrder, kind: PlannedStop["kind"]): PlannedStop => {
      const at = kind === "PICKUP" ? o.pickup : o.dropoff;
      return {
        orderId: o.id,
        orderCode: o.code,
        kind,
        lat: at.lat,
        lng: at.lng,
        eta: o.promisedAt,
      };
    };
    const pickups = list.filter((o) => o.status !== "PICKED_UP").map((o) => stop(o, "PICKUP"));
    const dropoffs = list.map((o) => stop(o, "DROPOFF"));
    plans.push({ courierId, stops: [...pickups, ...dropoffs], updatedAt: now.toISOString() });
  }
  return plans;
}

/**
 * The plan to draw for each courier: the planner's, with stops of orders that are no longer
 * the courier's dropped (a reassignment shows at once), else one read off its orders.
 */
export function effectivePlans(data: Pick<DispatchMapData, "plans" | "orders">, now: Date) {
  const holder = new Map(data.orders.map((o) => [o.id, o.courierId]));
  const result = new Map<string, CourierPlan>();
  for (const plan of data.plans) {
    const stops = plan.stops.filter((s) => holder.get(s.orderId) === plan.courierId);
    if (stops.length > 0) result.set(plan.courierId, { ...plan, stops });
  }
  for (const plan of plansFromOrders(data.orders, now)) {
    const existing = result.get(plan.courierId);
    const covered = new Set(existing?.stops.map((s) => s.orderId) ?? []);
    const missing = plan.stops.filter((s) => !covered.has(s.orderId));
    if (!existing) result.set(plan.courierId, plan);
    else if (missing.length > 0)
      result.set(plan.courierId, { ...existing, stops: [...existing.stops, ...missing] });
  }
  return result;
}

/** Whole minutes since an order was placed (never negative: clocks drift). */
export function orderAgeMinutes(placedAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(placedAt)) / 60_000));
}

/** The couriers and orders a filter keeps; a zone keeps its orders and couriers based there. */
export function applyMapFilters(data: DispatchMapData, filters: MapFilters) {
  const couriers = data.couriers.filter(
    (c) =>
      (!filters.status || c.status === filters.status) &&
      (!filters.zone ||
        c.homeZoneId === filters.zone ||
        data.orders.some((o) => o.courierId === c.id && o.zoneId === filters.zone)),
  );
  const orders = data.orders.filter((o) => !filters.zone || o.zoneId === filters.zone);
  const zones = data.zones.filter((z) => !filters.zone || z.id === filters.zone);
  return { couriers, orders, zones };
}

/** The URL query string of map filters and the open panel (empty values left out). */
export function mapSearch(filters: MapFilters, open?: { courier?: string; order?: string }) {
  const params = new URLSearchParams();
  if (filters.zone) params.set("zone", filters.zone);
  if (filters.status) params.set("status", filters.status);
  if (open?.courier) params.set("courier", open.courier);
  if (open?.order) params.set("order", open.order);
  return params.toString();
}
