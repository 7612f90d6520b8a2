import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { transitionOrder } from "@/lib/orders/server/mutations";
import type { OrderActor } from "@/lib/orders/server/order-actor";
import { planActions, type SimAction, type SimOrder } from "../domain/plan";
import { ordersThisTick } from "../domain/rates";
import { buildOrderRequest, SIM_REF_PREFIX, type PlaceOrder } from "./place";
import { log } from "@/lib/platform/log";

export type TickOptions = {
  now: Date;
  tickMs: number;
  random: () => number;
  placeOrder: PlaceOrder;
  /** Couriers are driven through the courier API (auto-dispatch on): skip their steps here. */
  couriersDriven?: boolean;
};

export type TickResult = { placed: number; moved: number; failed: number };

const IN_FLIGHT = ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;

async function findSimOrders(db: Db): Promise<(SimOrder & { storeId: string })[]> {
  return db.order.findMany({
    where: { status: { in: [...IN_FLIGHT] }, channelOrderRef: { startsWith: SIM_REF_PREFIX } },
    select: {
      id: true,
      storeId: true,
      version: true,
      status: true,
      placedAt: true,
      acceptedAt: true,
      readyAt: true,
      pickedUpAt: true,
      prepMinutes: true,
      estimatedAt: true,
    },
    orderBy: { placedAt: "asc" },
    take: 200,
  });
}

// A courier on shift takes the order at the counter; the order names them from then on.
async function courierFor(db: Db, orderId: string, random: () => number): Promise<string | null> {
  const current = await db.order.findUnique({
    where: { id: orderId },
    select: { courierId: true },
  });
  if (current?.courierId) return current.courierId;
  const couriers = await db.courier.findMany({
    where: { active: true, status: { not: "OFFLINE" } },
    select: { id: true },
    take: 50,
  });
  const courier = couriers[Math.floor(random() * couriers.length)];
  if (!courier) return null;
  await db.order.updateMany({
    where: { id: orderId, courierId: null },
    data: { courierId: courier.id },
  });
  return courier.id;
}

async function perform(
  db: Db,
  action: SimAction,
  storeId: string,
  opts: TickOptions,
): Promise<void> {
  let who: OrderActor = { type: "SYSTEM", id: null, storeId };
  if (action.by === "courier") {
    const courierId = await courierFor(db, action.orderId, opts.random);
    if (courierId === null) return;
    who = { type: "COURIER", id: courierId, storeId };
  }
  const input = { orderId: action.orderId, version: action.version, action: action.step };
  await transitionOrder(db, who, input, opts.now);
}

/**
 * One simulator step: place this tick's share of demo orders through `placeOrder`, then move
 * each simulated order one step along as its store and courier would.
 */
export async function runSimulatorTick(db: Db, opts: TickOptions): Promise<TickResult> {
  const result: TickResult = { placed: 0, moved: 0, failed: 0 };
  const due = ordersThisTick(opts.now, opts.tickMs, opts.random);
  for (let i = 0; i < due; i++) {
    const request = await buildOrderRequest(db, opts.now, opts.random);
    if (!request) break;
    try {
      await opts.placeOrder(request);
      result.placed++;
    } catch (error) {
      // A closed store or a point outside its zone is normal demo life, not a crash.
      result.failed++;
      log.warn("[simulator] order refused:", error instanceof Error ? error.message : error);
    }
  }
  const orders = await findSimOrders(db);
  const storeOf = new Map(orders.map((o) => [o.id, o.storeId]));
  for (const action of planActions(orders, opts.now)) {
    if (opts.couriersDriven && action.by === "courier") continue;
    try {
      await perform(db, action, storeOf.get(action.orderId) ?? "", opts);
      result.moved++;
    } catch (error) {
      // Staff may have moved the order meanwhile; the next tick plans from the new state.
      result.failed++;
      log.warn("[simulator] step skipped:", error instanceof Error ? error.message : error);
    }
  }
  return result;
}
