import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { LiveCourier, LiveOrder } from "@/lib/dispatch/live/types";
import type { DispatchConfig } from "./config";

/** The assignment an order is with now (offered or accepted), if any. */
export type ActiveAssignment = {
  id: string;
  courierId: string;
  status: string;
  pinned: boolean;
  manual: boolean;
};

export type OrderMeta = {
  storeId: string;
  version: number;
  status: string;
  courierId: string | null;
  active: ActiveAssignment | null;
};

/** Everything a re-plan reads, plus what applying its result needs to compare against. */
export type LiveSnapshot = {
  couriers: LiveCourier[];
  orders: LiveOrder[];
  orderMeta: Map<string, OrderMeta>;
  courierMeta: Map<string, { status: string; plan: string | null; code: string }>;
  /** Per order id: the couriers that declined it or let an offer lapse. */
  excluded: Map<string, string[]>;
  /** Store of each order on board, for plan scoping. */
  storeOf: Map<string, string>;
};

const UNPICKED = ["PLACED", "ACCEPTED", "PREPARING", "READY"] as const;
const WORKING = new Set(["AVAILABLE", "TO_PICKUP", "TO_DROPOFF"]);

/** Reads couriers, open orders and their assignments for one re-plan. */
export async function loadLiveSnapshot(
  db: Db,
  now: Date,
  cfg: DispatchConfig,
): Promise<LiveSnapshot> {
  const [couriers, orders] = await Promise.all([
    db.courier.findMany({
      where: { active: true },
      select: {
        id: true,
        code: true,
        status: true,
        capacity: true,
        lastLat: true,
        lastLng: true,
        plan: true,
      },
    }),
    db.order.findMany({
      where: { status: { in: [...UNPICKED, "PICKED_UP"] } },
      orderBy: { placedAt: "asc" },
      take: 2_000,
      select: {
        id: true,
        code: true,
        storeId: true,
        status: true,
        version: true,
        courierId: true,
        lat: true,
        lng: true,
        acceptedAt: true,
        readyAt: true,
        prepMinutes: true,
        promisedAt: true,
        placedAt: true,
        store: { select: { lat: true, lng: true, prepMinutes: true } },
        zone: { select: { autoDispatch: true } },
        assignments: {
          where: { status: { in: ["OFFERED", "ACCEPTED", "DECLINED", "EXPIRED"] } },
          orderBy: { createdAt: "desc" },
          select: { id: true, courierId: true, status: true, pinned: true, byActorType: true },
        },
      },
    }),
  ]);
  const byId = new Map(couriers.map((c) => [c.id, c]));
  const live = new Map<string, LiveCourier>();
  const courierOf = (id: string | null, fallback: { lat: number; lng: number }) => {
    const c = id === null ? undefined : byId.get(id);
    if (!c) return null;
    let lc = live.get(c.id);
    if (!lc) {
      lc = {
        id: c.id,
        code: c.code,
        lat: c.lastLat ?? fallback.lat,
        lng: c.lastLng ?? fallback.lng,
        capacity: c.capacity,
        available: WORKING.has(c.status) && c.lastLat !== null,
        onBoard: [],
      };
      live.set(c.id, lc);
    }
    return lc;
  };
  for (const c of couriers) if (WORKING.has(c.status)) courierOf(c.id, { lat: 0, lng: 0 });

  const result: LiveOrder[] = [];
  const orderMeta = new Map<string, OrderMeta>();
  const excluded = new Map<string, string[]>();
  const storeOf = new Map<string, string>();
  const horizon = now.getTime() + cfg.readyHorizonMs;
  for (const o of orders) {
    storeOf.set(o.id, o.storeId);
    if (o.status === "PICKED_UP") {
      const c = courierOf(o.courierId, { lat: o.store.lat, lng: o.store.lng });
      c?.onBoard.push({
        orderId: o.id,
        code: o.code,
        lat: o.lat,
        lng: o.lng,
        promisedAt: o.promisedAt.getTime(),
      });
      continue;
    }
    const current = o.assignments.find((a) => a.status === "OFFERED" || a.status === "ACCEPTED");
    const active: ActiveAssignment | null = current
      ? { ...current, manual: current.byActorType === "STAFF" }
      : null;
    // Not yet accepted: the store's usual prep time from placement is the best guess.
    const readyAt =
      o.readyAt?.getTime() ??
      (o.acceptedAt ?? o.placedAt).getTime() + (o.prepMinutes ?? o.store.prepMinutes) * 60_000;
    if (!active && readyAt > horizon) continue;
    const declined = o.assignments
      .filter((a) => a.status === "DECLINED" || a.status === "EXPIRED")
      .map((a) => a.courierId);
    const holder = active
      ? courierOf(active.courierId, { lat: o.store.lat, lng: o.store.lng })
      : null;
    const holderWorks = holder?.available === true;
    const fixed =
      active !== null &&
      (active.pinned || (holderWorks && (active.manual || active.status === "OFFERED")));
    orderMeta.set(o.id, {
      storeId: o.storeId,
      version: o.version,
      status: o.status,
      courierId: o.courierId,
      active,
    });
    excluded.set(o.id, declined);
    result.push({
      id: o.id,
      code: o.code,
      pickupLat: o.store.lat,
      pickupLng: o.store.lng,
      dropLat: o.lat,
      dropLng: o.lng,
      readyAt: Math.max(readyAt, now.getTime()),
      promisedAt: o.promisedAt.getTime(),
      // A courier on break or off shift loses unpicked orders unless they are pinned.
      currentCourierId: active && (holderWorks || active.pinned) ? active.courierId : null,
      fixed,
      paused: o.zone?.autoDispatch === false,
      excludedCourierIds: declined,
    });
  }
  const courierMeta = new Map(
    couriers.map((c) => [c.id, { status: c.status, plan: c.plan, code: c.code }]),
  );
  return {
    couriers: [...live.values()],
    orders: result,
    orderMeta,
    courierMeta,
    excluded,
    storeOf,
  };
}
