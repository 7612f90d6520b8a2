import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/platform/db-client";
import { findZone, parsePolygon } from "@/lib/orders/domain/geo";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

async function withDb<T>(run: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

export type TestCourier = { id: string; code: string; name: string };

type CourierStatusName = "OFFLINE" | "AVAILABLE" | "TO_PICKUP" | "TO_DROPOFF" | "BREAK";

/**
 * Couriers with a fresh position next to a store (available unless told otherwise), so the
 * planner can use them; optionally based in a zone, for the map's zone filter.
 */
export function createCouriersNear(
  storeCode: string,
  count: number,
  options: { status?: CourierStatusName; homeZoneId?: string } = {},
): Promise<TestCourier[]> {
  return withDb(async (db) => {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const suffix = randomBytes(3).toString("hex").toUpperCase();
    const out: TestCourier[] = [];
    for (let i = 0; i < count; i++) {
      const c = await db.courier.create({
        data: {
          code: `E${suffix}${i}`,
          name: `测试骑手${suffix}${i}`,
          phone: `1390000${String(1000 + i)}`,
          status: options.status ?? "AVAILABLE",
          homeZoneId: options.homeZoneId ?? null,
          capacity: 4,
          lastLat: store.lat + 0.0005 * (i + 1),
          lastLng: store.lng - 0.0005 * (i + 1),
          lastPingAt: new Date(),
        },
        select: { id: true, code: true, name: true },
      });
      out.push(c);
    }
    return out;
  });
}

/** Takes test couriers off the road again so they get no more work in later specs. */
export function retireCouriers(ids: string[]): Promise<void> {
  return withDb(async (db) => {
    await db.courier.updateMany({
      where: { id: { in: ids } },
      data: { status: "OFFLINE", active: false },
    });
  });
}

/** Makes a store accept storefront orders by itself, so a posted order is ready for dispatch. */
export function setAutoAccept(storeCode: string): Promise<void> {
  return withDb(async (db) => {
    await db.store.update({
      where: { code: storeCode },
      data: { autoAccept: JSON.stringify({ STOREFRONT: true }) },
    });
  });
}

/** The courier now holding an order, or null. */
export function courierOfOrder(orderCode: string): Promise<TestCourier | null> {
  return withDb(async (db) => {
    const order = await db.order.findUniqueOrThrow({
      where: { code: orderCode },
      select: { courier: { select: { id: true, code: true, name: true } } },
    });
    return order.courier;
  });
}

/** Cancels a test order at the end so it leaves no open work behind. */
export function cancelTestOrder(orderCode: string): Promise<void> {
  return withDb(async (db) => {
    await db.order.updateMany({
      where: { code: orderCode },
      data: { status: "CANCELLED", cancelledAt: new Date(), courierId: null },
    });
  });
}

/** Removes zones a spec created by name (the zone editor spec deletes its own through the UI). */
export function deleteZonesNamed(prefix: string): Promise<void> {
  return withDb(async (db) => {
    await db.zone.deleteMany({ where: { name: { startsWith: prefix } } });
  });
}

/** The active zone serving a point for a store, as intake would choose it. */
export function zoneServing(storeCode: string, lat: number, lng: number) {
  return withDb(async (db) => {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const zones = await db.zone.findMany({
      where: { active: true, OR: [{ storeId: store.id }, { storeId: null }] },
    });
    const zone = findZone(
      zones.map((z) => ({ ...z, polygon: parsePolygon(z.polygon) })),
      [lng, lat],
    );
    if (!zone) throw new Error("no zone serves the intake address");
    return { id: zone.id, name: zone.name };
  });
}

/** Switches a zone's auto-dispatch back on (cleanup after a pause test). */
export function resumeZone(zoneId: string): Promise<void> {
  return withDb(async (db) => {
    await db.zone.update({ where: { id: zoneId }, data: { autoDispatch: true } });
  });
}

/** Pauses or resumes a zone's auto-dispatch directly (set-up for specs that need waiting orders). */
export function setZoneAutoDispatch(zoneId: string, enabled: boolean): Promise<void> {
  return withDb(async (db) => {
    await db.zone.update({ where: { id: zoneId }, data: { autoDispatch: enabled } });
  });
}

/** The id of an order by its code (to open it on the map by URL). */
export function orderIdOf(orderCode: string): Promise<string> {
  return withDb(async (db) => {
    const order = await db.order.findUniqueOrThrow({
      where: { code: orderCode },
      select: { id: true },
    });
    return order.id;
  });
}

/** Sets a courier's status as its app would (e.g. a break), without touching its orders. */
export function setCourierStatus(courierId: string, status: CourierStatusName): Promise<void> {
  return withDb(async (db) => {
    await db.courier.update({ where: { id: courierId }, data: { status } });
  });
}

/**
 * When the auto-dispatch lease runs out (ms). The planner renews it at the start of every run
 * and never starts a run while one is going, so each new value marks a run starting after the
 * previous one finished: specs count planner runs with it instead of sleeping.
 */
export function dispatchLeaseExpiry(): Promise<number> {
  return withDb(async (db) => {
    const lease = await db.jobLease.findUnique({ where: { name: "dispatch" } });
    return lease?.expiresAt.getTime() ?? 0;
  });
}
