import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { publishEvent } from "@/lib/platform/events";
import { planLive } from "@/lib/dispatch/live/planner";
import { applyLivePlan, type ApplyResult } from "./apply-plan";
import type { DispatchConfig } from "./config";
import { loadLiveSnapshot } from "./snapshot";

export type DispatchTickResult = ApplyResult & {
  expired: number;
  open: number;
  unplanned: number;
  planMs: number;
};

/** Offers nobody answered in time lapse; the courier is then left out for that order. */
export async function expireOffers(db: Db, now: Date): Promise<number> {
  const lapsed = await db.deliveryAssignment.findMany({
    where: { status: "OFFERED", expiresAt: { lt: now } },
    select: { id: true, courierId: true, order: { select: { id: true, storeId: true } } },
    take: 500,
  });
  let count = 0;
  for (const a of lapsed) {
    await db.$transaction(async (tx) => {
      const { count: n } = await tx.deliveryAssignment.updateMany({
        where: { id: a.id, status: "OFFERED" },
        data: { status: "EXPIRED", respondedAt: now },
      });
      if (n === 0) return;
      count++;
      await publishEvent(tx, {
        topic: "order.updated",
        storeId: a.order.storeId,
        payload: { orderId: a.order.id, offerExpired: a.courierId },
      });
    });
  }
  return count;
}

/** Deletes position history older than the retention window. */
export async function prunePositions(db: Db, now: Date, retentionMs: number): Promise<number> {
  const { count } = await db.courierPosition.deleteMany({
    where: { recordedAt: { lt: new Date(now.getTime() - retentionMs) } },
  });
  return count;
}

/**
 * One re-plan: lapse stale offers, read couriers and open orders, plan them with the live
 * planner and write the result back.
 */
export async function runDispatchTick(
  db: Db,
  cfg: DispatchConfig,
  now = new Date(),
): Promise<DispatchTickResult> {
  const expired = await expireOffers(db, now);
  const snap = await loadLiveSnapshot(db, now, cfg);
  const result = planLive(snap.couriers, snap.orders, {
    now: now.getTime(),
    settings: cfg.live,
    timeLimitMs: cfg.planTimeLimitMs,
  });
  const applied = await applyLivePlan(db, snap, result, cfg, now);
  return {
    ...applied,
    expired,
    open: snap.orders.length,
    unplanned: result.unplanned.length,
    planMs: result.elapsedMs,
  };
}
