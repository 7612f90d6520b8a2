import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { CourierStatus } from "@/lib/generated/prisma/enums";
import { publishEvent } from "@/lib/platform/events";
import type { LivePlanResult, LiveStop } from "@/lib/dispatch/live/types";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import type { DispatchConfig } from "./config";
import { autoExplanation } from "./explanation";
import type { LiveSnapshot } from "./snapshot";
import { storedPlan, type StoredPlan } from "./plan-store";

export type ApplyResult = { assigned: number; released: number; plans: number; statuses: number };

const UNPICKED = ["PLACED", "ACCEPTED", "PREPARING", "READY"] as const;
const WORKING = new Set(["AVAILABLE", "TO_PICKUP", "TO_DROPOFF"]);

/** Gives (or offers) one order to a courier, retiring its previous assignment, in one tx. */
async function moveOrder(
  db: Db,
  snap: LiveSnapshot,
  orderId: string,
  code: string,
  courierId: string | null,
  explanation: string | null,
  cfg: DispatchConfig,
  now: Date,
): Promise<boolean> {
  const meta = snap.orderMeta.get(orderId);
  if (!meta) return false;
  return db
    .$transaction(async (tx) => {
      if (meta.active) {
        const { count } = await tx.deliveryAssignment.updateMany({
          where: { id: meta.active.id, status: { in: ["OFFERED", "ACCEPTED"] } },
          data: { status: "SUPERSEDED", respondedAt: now },
        });
        if (count === 0) return false;
      }
      const offer = cfg.mode === "offer" && courierId !== null;
      const { count } = await tx.order.updateMany({
        where: { id: orderId, status: { in: [...UNPICKED] } },
        data: { courierId: offer ? null : courierId },
      });
      if (count === 0) throw new Error("order moved on");
      if (courierId !== null) {
        await tx.deliveryAssignment.create({
          data: {
            orderId,
            courierId,
            status: offer ? "OFFERED" : "ACCEPTED",
            byActorType: "SYSTEM",
            explanation,
            createdAt: now,
            expiresAt: offer ? new Date(now.getTime() + cfg.offerTtlMs) : null,
          },
        });
      }
      await publishEvent(tx, {
        topic: "order.updated",
        storeId: meta.storeId,
        payload: {
          orderId,
          status: meta.status,
          version: meta.version,
          courierId: offer ? null : courierId,
          offeredTo: offer ? courierId : undefined,
        },
      });
      return true;
    })
    .catch(() => false);
}

function statusFor(current: string, stops: readonly LiveStop[]): CourierStatus | null {
  if (!WORKING.has(current)) return null;
  const first = stops[0];
  return first === undefined ? "AVAILABLE" : first.kind === "PICKUP" ? "TO_PICKUP" : "TO_DROPOFF";
}

/**
 * Writes a re-plan back: moved orders get a new assignment with its explanation, orders left
 * without a courier are released, couriers' plans and statuses are stored, and the changes are
 * announced (`order.updated`, `courier.updated`, one `dispatch.plan`).
 */
export async function applyLivePlan(
  db: Db,
  snap: LiveSnapshot,
  result: LivePlanResult,
  cfg: DispatchConfig,
  now: Date,
): Promise<ApplyResult> {
  const out: ApplyResult = { assigned: 0, released: 0, plans: 0, statuses: 0 };
  const target = new Map<string, string>();
  for (const [courierId, stops] of result.routes) {
    for (const s of stops) if (s.kind === "PICKUP") target.set(s.orderId, courierId);
  }
  const why = new Map(result.assignments.map((a) => [a.orderId, a]));
  for (const o of snap.orders) {
    const meta = snap.orderMeta.get(o.id);
    const desired = target.get(o.id) ?? null;
    if (!meta || (meta.active?.courierId ?? null) === desired) continue;
    const a = why.get(o.id);
    const explanation =
      desired && a
        ? JSON.stringify(autoExplanation(a, cfg.mode, snap.excluded.get(o.id) ?? [], now))
        : null;
    if (await moveOrder(db, snap, o.id, o.code, desired, explanation, cfg, now)) {
      if (desired) out.assigned++;
      else out.released++;
    }
  }

  const changed: CourierPlan[] = [];
  const seen = new Set<string>();
  for (const [courierId, stops] of result.routes) {
    seen.add(courierId);
    const meta = snap.courierMeta.get(courierId);
    if (!meta) continue;
    const next = storedPlan(stops, snap.storeOf, now);
    const status = statusFor(meta.status, stops);
    const planChanged = planDiffers(meta.plan, next);
    const statusChanged = status !== null && status !== meta.status;
    if (!planChanged && !statusChanged) continue;
    await db.$transaction(async (tx) => {
      await tx.courier.update({
        where: { id: courierId },
        data: {
          ...(planChanged ? { plan: JSON.stringify(next), planUpdatedAt: now } : {}),
          ...(statusChanged ? { status } : {}),
        },
      });
      if (statusChanged) {
        await publishEvent(tx, {
          topic: "courier.updated",
          storeId: null,
          payload: { courierId, code: meta.code, status },
        });
      }
    });
    if (planChanged) changed.push(toCourierPlan(courierId, next));
    if (statusChanged) out.statuses++;
  }
  for (const [courierId, meta] of snap.courierMeta) {
    if (seen.has(courierId) || meta.plan === null) continue;
    await db.courier.update({ where: { id: courierId }, data: { plan: null, planUpdatedAt: now } });
    changed.push({ courierId, stops: [], updatedAt: now.toISOString() });
  }
  if (changed.length > 0) {
    await db.$transaction((tx) =>
      publishEvent(tx, { topic: "dispatch.plan", storeId: null, payload: { plans: changed } }),
    );
  }
  out.plans = changed.length;
  return out;
}

/** True when stops or any arrival time moved by a minute or more. */
function planDiffers(stored: string | null, next: StoredPlan): boolean {
  if (stored === null) return next.stops.length > 0;
  try {
    const prev = JSON.parse(stored) as StoredPlan;
    if (prev.stops.length !== next.stops.length) return true;
    return prev.stops.some((s, i) => {
      const n = next.stops[i];
      return (
        !n ||
        n.orderId !== s.orderId ||
        n.kind !== s.kind ||
        Math.abs(Date.parse(n.eta) - Date.parse(s.eta)) >= 60_000
      );
    });
  } catch {
    return true;
  }
}

function toCourierPlan(courierId: string, p: StoredPlan): CourierPlan {
  return {
    courierId,
    stops: p.stops.map(({ storeId: _storeId, ...stop }) => stop),
    updatedAt: p.updatedAt,
  };
}
