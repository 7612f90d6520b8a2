import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import type { CourierStatus, Vehicle } from "@/lib/generated/prisma/enums";

type StoreWhere = { storeId?: { in: string[] } };

export type CourierStats = {
  onShift: number;
  available: number;
  delivering: number;
  readyWithoutCourier: number;
};

export type CourierRow = {
  id: string;
  code: string;
  name: string;
  status: CourierStatus;
  vehicle: Vehicle;
  capacity: number;
  ordersOnBoard: number;
  lastPingAt: Date | null;
};

export type ZoneRow = {
  id: string;
  name: string;
  storeCode: string | null;
  storeNameZh: string | null;
  storeNameEn: string | null;
  deliveryFeeCents: number;
  minOrderCents: number;
  active: boolean;
  /** null when the stored polygon is not a valid vertex list. */
  vertexCount: number | null;
};

const polygonSchema = z.array(z.tuple([z.number(), z.number()]));

/** Zones of the scoped stores plus platform-wide zones (no store), which everyone sees. */
export function zoneScope(scope: StoreWhere) {
  return scope.storeId ? { OR: [{ storeId: null }, { storeId: scope.storeId }] } : {};
}

/** Number of vertices of a zone polygon stored as JSON text, or null if it is malformed. */
export function countVertices(polygon: string): number | null {
  try {
    const parsed = polygonSchema.safeParse(JSON.parse(polygon));
    return parsed.success ? parsed.data.length : null;
  } catch {
    return null;
  }
}

/** Headline courier numbers; couriers are shared by all stores, ready orders are scoped. */
export async function findCourierStats(scope: StoreWhere): Promise<CourierStats> {
  const [groups, readyWithoutCourier] = await Promise.all([
    db.courier.groupBy({ by: ["status"], where: { active: true }, _count: { _all: true } }),
    db.order.count({ where: { ...scope, status: "READY", courierId: null } }),
  ]);
  const countOf = (...statuses: CourierStatus[]) =>
    groups.filter((g) => statuses.includes(g.status)).reduce((sum, g) => sum + g._count._all, 0);
  return {
    onShift: countOf("AVAILABLE", "TO_PICKUP", "TO_DROPOFF", "BREAK"),
    available: countOf("AVAILABLE"),
    delivering: countOf("TO_PICKUP", "TO_DROPOFF"),
    readyWithoutCourier,
  };
}

/** Active couriers, those on shift first, with the number of orders they are carrying. */
export async function findCouriers(limit = 200): Promise<CourierRow[]> {
  const couriers = await db.courier.findMany({
    where: { active: true },
    orderBy: [{ lastPingAt: { sort: "desc", nulls: "last" } }, { code: "asc" }],
    take: limit,
    select: {
      id: true,
      code: true,
      name: true,
      status: true,
      vehicle: true,
      capacity: true,
      lastPingAt: true,
      _count: { select: { orders: { where: { status: "PICKED_UP" } } } },
    },
  });
  const rows = couriers.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    status: c.status,
    vehicle: c.vehicle,
    capacity: c.capacity,
    ordersOnBoard: c._count.orders,
    lastPingAt: c.lastPingAt,
  }));
  // Offline couriers go last; the rest keep the most-recently-seen order.
  return rows.sort((a, b) => Number(a.status === "OFFLINE") - Number(b.status === "OFFLINE"));
}

/** Delivery zones visible in the scope, platform-wide ones included. */
export async function findZones(scope: StoreWhere): Promise<ZoneRow[]> {
  const zones = await db.zone.findMany({
    where: zoneScope(scope),
    orderBy: [{ storeId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      polygon: true,
      deliveryFeeCents: true,
      minOrderCents: true,
      active: true,
      store: { select: { code: true, nameZh: true, nameEn: true } },
    },
  });
  return zones.map((z) => ({
    id: z.id,
    name: z.name,
    storeCode: z.store?.code ?? null,
    storeNameZh: z.store?.nameZh ?? null,
    storeNameEn: z.store?.nameEn ?? null,
    deliveryFeeCents: z.deliveryFeeCents,
    minOrderCents: z.minOrderCents,
    active: z.active,
    vertexCount: countVertices(z.polygon),
  }));
}
