import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { demoCourierToken } from "@/lib/seed/couriers";
import { parseStoredPlan } from "@/lib/dispatch/server/plan-store";
import type { PlannedStop } from "@/lib/dispatch/plan-types";
import { ride } from "../domain/ride";
import { SIM_REF_PREFIX } from "./place";
import { log } from "@/lib/platform/log";

/** One call to the courier API as the courier app makes it; resolves with the HTTP status. */
export type CourierCall = (token: string, path: string, body?: unknown) => Promise<number>;

export type CourierTickOptions = {
  now: Date;
  tickMs: number;
  speedKmh: number;
  /** Seed of the demo database: courier tokens are derived from it. */
  seed: number;
  call: CourierCall;
};

export type CourierTickResult = {
  moved: number;
  pickedUp: number;
  delivered: number;
  accepted: number;
  failed: number;
};

type OrderState = { status: string; sim: boolean };

// The next stop the courier can act on: a drop-off of food on board, or a pickup whose food is
// ready (or will be, because the simulator runs that store). Others wait for real staff.
function nextStop(
  stops: readonly PlannedStop[],
  orders: Map<string, OrderState>,
): PlannedStop | null {
  for (const s of stops) {
    const o = orders.get(s.orderId);
    if (!o) continue;
    if (s.kind === "DROPOFF" && o.status === "PICKED_UP") return s;
    if (s.kind === "PICKUP" && (o.status === "READY" || (o.sim && o.status !== "PICKED_UP")))
      return s;
  }
  return null;
}

/**
 * Drives every working courier one tick along their planned route through the courier API:
 * accepts offers, sends the positions of the ride, and confirms pickups and deliveries on
 * arrival. Demo only; never started by tests.
 */
export async function runCourierTick(db: Db, opts: CourierTickOptions): Promise<CourierTickResult> {
  const result: CourierTickResult = { moved: 0, pickedUp: 0, delivered: 0, accepted: 0, failed: 0 };
  const couriers = await db.courier.findMany({
    where: {
      active: true,
      status: { in: ["AVAILABLE", "TO_PICKUP", "TO_DROPOFF"] },
      lastLat: { not: null },
    },
    select: {
      id: true,
      code: true,
      lastLat: true,
      lastLng: true,
      plan: true,
      assignments: {
        where: { status: "OFFERED", expiresAt: { gt: opts.now } },
        select: { id: true },
      },
    },
  });
  const plans = new Map(couriers.map((c) => [c.id, parseStoredPlan(c.plan)?.stops ?? []]));
  const ids = [...new Set([...plans.values()].flat().map((s) => s.orderId))];
  const rows = await db.order.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, channelOrderRef: true },
  });
  const orders = new Map<string, OrderState>(
    rows.map((o) => [
      o.id,
      { status: o.status, sim: o.channelOrderRef?.startsWith(SIM_REF_PREFIX) ?? false },
    ]),
  );
  const ok = (status: number) => status >= 200 && status < 300;
  for (const c of couriers) {
    const token = demoCourierToken(opts.seed, c.code);
    try {
      for (const offer of c.assignments) {
        if (ok(await opts.call(token, `offers/${offer.id}/accept`, {}))) result.accepted++;
      }
      const stop = nextStop(plans.get(c.id) ?? [], orders);
      if (!stop || c.lastLat === null || c.lastLng === null) continue;
      const { fixes, arrived } = ride(
        { lat: c.lastLat, lng: c.lastLng },
        stop,
        opts.speedKmh,
        opts.tickMs,
      );
      const t0 = opts.now.getTime() - opts.tickMs;
      const pings = fixes.map((f, i) => ({
        lat: Math.round(f.lat * 1e6) / 1e6,
        lng: Math.round(f.lng * 1e6) / 1e6,
        recordedAt: new Date(t0 + (opts.tickMs * (i + 1)) / fixes.length).toISOString(),
        speedMps: opts.speedKmh / 3.6,
      }));
      if (ok(await opts.call(token, "positions", { pings }))) result.moved++;
      if (!arrived) continue;
      const state = orders.get(stop.orderId);
      if (stop.kind === "PICKUP" && state?.status === "READY") {
        if (ok(await opts.call(token, `orders/${stop.orderId}/pickup`, {}))) result.pickedUp++;
      } else if (stop.kind === "DROPOFF" && state?.status === "PICKED_UP") {
        if (ok(await opts.call(token, `orders/${stop.orderId}/deliver`, {}))) result.delivered++;
      }
    } catch (error) {
      result.failed++;
      log.warn(`[simulator] courier ${c.code}:`, error instanceof Error ? error.message : error);
    }
  }
  return result;
}
