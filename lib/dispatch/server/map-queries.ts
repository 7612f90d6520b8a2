import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { parsePolygon } from "@/lib/orders/domain/geo";
import { parseExplanation } from "@/lib/dispatch/map/explanation";
import type {
  DispatchMapData,
  MapCourier,
  MapOrder,
  MapZone,
  OrderAssignmentView,
} from "@/lib/dispatch/map/types";
import { findMapPlans } from "./map-plans";
import { zoneScope } from "./queries";

type StoreWhere = { storeId?: { in: string[] } };

const OPEN_STATUSES = ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;
const MAX_ORDERS = 600;

/** Active couriers with their last reported position (couriers serve every store). */
export async function findMapCouriers(): Promise<MapCourier[]> {
  const rows = await db.courier.findMany({
    where: { active: true },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      phone: true,
      status: true,
      vehicle: true,
      capacity: true,
      lastLat: true,
      lastLng: true,
      lastPingAt: true,
      homeZoneId: true,
    },
  });
  return rows.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    phone: c.phone,
    status: c.status,
    vehicle: c.vehicle,
    capacity: c.capacity,
    lat: c.lastLat,
    lng: c.lastLng,
    lastPingAt: c.lastPingAt?.toISOString() ?? null,
    homeZoneId: c.homeZoneId,
  }));
}

/** Open orders of the scope with pickup (store) and drop-off points, newest first. */
export async function findMapOrders(scope: StoreWhere): Promise<MapOrder[]> {
  const rows = await db.order.findMany({
    where: { ...scope, status: { in: [...OPEN_STATUSES] } },
    orderBy: { placedAt: "desc" },
    take: MAX_ORDERS,
    select: {
      id: true,
      code: true,
      status: true,
      storeId: true,
      zoneId: true,
      courierId: true,
      lat: true,
      lng: true,
      addressLine: true,
      placedAt: true,
      promisedAt: true,
      trackingToken: true,
      store: { select: { code: true, lat: true, lng: true } },
      assignments: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { courierId: true, pinned: true },
      },
    },
  });
  return rows.map((o) => {
    const latest = o.assignments[0];
    return {
      id: o.id,
      code: o.code,
      status: o.status,
      storeId: o.storeId,
      storeCode: o.store.code,
      zoneId: o.zoneId,
      courierId: o.courierId,
      pinned: Boolean(latest?.pinned && latest.courierId === o.courierId),
      pickup: { lat: o.store.lat, lng: o.store.lng },
      dropoff: { lat: o.lat, lng: o.lng },
      addressLine: o.addressLine,
      placedAt: o.placedAt.toISOString(),
      promisedAt: o.promisedAt.toISOString(),
      trackingToken: o.trackingToken,
    };
  });
}

/** Active zones of the scope with their outlines and auto-dispatch switch. */
export async function findMapZones(scope: StoreWhere): Promise<MapZone[]> {
  const rows = await db.zone.findMany({
    where: { active: true, ...zoneScope(scope) },
    orderBy: [{ storeId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      storeId: true,
      polygon: true,
      autoDispatch: true,
      deliveryFeeCents: true,
      minOrderCents: true,
    },
  });
  return rows.map((z) => ({
    ...z,
    polygon: parsePolygon(z.polygon).map(([lng, lat]) => [lng, lat] as [number, number]),
  }));
}

/** Everything the dispatch map draws, for one store scope. */
export async function getDispatchMap(scope: StoreWhere): Promise<DispatchMapData> {
  const [couriers, orders, zones, plans] = await Promise.all([
    findMapCouriers(),
    findMapOrders(scope),
    findMapZones(scope),
    findMapPlans(scope),
  ]);
  return { couriers, orders, zones, plans, serverTime: new Date().toISOString() };
}

/** The assignments of one order in the actor's stores, newest first (a foreign id: none). */
export async function findOrderAssignments(
  actor: Actor,
  orderId: string,
): Promise<OrderAssignmentView[]> {
  const storeWhere = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  const rows = await db.deliveryAssignment.findMany({
    where: { orderId, order: storeWhere },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      courierId: true,
      status: true,
      byActorType: true,
      pinned: true,
      createdAt: true,
      explanation: true,
      declineReason: true,
      courier: { select: { code: true, name: true } },
    },
  });
  return rows.map((a) => ({
    courierId: a.courierId,
    courierCode: a.courier.code,
    courierName: a.courier.name,
    status: a.status,
    byActorType: a.byActorType,
    pinned: a.pinned,
    createdAt: a.createdAt.toISOString(),
    explanation: parseExplanation(a.explanation),
    declineReason: a.declineReason,
  }));
}
