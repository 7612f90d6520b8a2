import type { ActorType, OrderStatus } from "@/lib/generated/prisma/client";
import type { Rng } from "./prng";
import { MINUTE } from "./time";

export type Outcome = "DELIVERED" | "CANCELLED" | "REJECTED" | "REFUNDED" | "PARTIAL_REFUND";
export type Step = { status: OrderStatus; at: number };
export type Plan = {
  steps: Step[];
  promisedAt: number;
  plannedDeliveryAt: number;
  outcome: Outcome;
  cancelledBy: ActorType | null;
  cancelKind: "customer" | "store" | "platform" | null;
  // when a partial refund is issued (after delivery)
  refundAt: number | null;
};

export const ACTIVE: readonly OrderStatus[] = [
  "PLACED",
  "ACCEPTED",
  "PREPARING",
  "READY",
  "PICKED_UP",
];

/** Target mix: ~3% cancelled, ~1.5% rejected, ~1.5% fully refunded, ~3% partly refunded. */
export function pickOutcome(rng: Rng): Outcome {
  return rng.weighted<Outcome>([
    ["DELIVERED", 91],
    ["CANCELLED", 3],
    ["REJECTED", 1.5],
    ["REFUNDED", 1.5],
    ["PARTIAL_REFUND", 3],
  ]);
}

/**
 * The full life of an order from its placement, before cutting at "now": accept, cook, wait for
 * a rider, ride. About 8% arrive after the promised time.
 */
export function planOrder(
  rng: Rng,
  placed: number,
  prepMinutes: number,
  autoAccept: boolean,
  outcome: Outcome,
  channelIsPlatform: boolean,
): Plan {
  const promiseMin = rng.int(30, 45);
  const late = rng.chance(0.08);
  const accept = autoAccept ? rng.float(0.1, 0.6) : rng.float(0.6, 4);
  const preparing = accept + rng.float(0.3, 2);
  const travel = rng.float(6, 14);
  const wait = rng.float(1, 5);
  const deliverTarget = late
    ? promiseMin + rng.float(2, 30)
    : rng.float(Math.min(promiseMin - 2, prepMinutes + 14), promiseMin - 1);
  const ready = Math.max(preparing + Math.max(4, prepMinutes * 0.5), deliverTarget - travel - wait);
  const pickup = ready + wait;
  // On-time orders never slip past the promise, even when cooking ran long.
  const delivered = late
    ? Math.max(pickup + travel, promiseMin + 1)
    : Math.min(pickup + travel, promiseMin - 0.5);
  const at = (m: number): number => placed + Math.round(m * MINUTE);
  const full: Step[] = [
    { status: "PLACED", at: placed },
    { status: "ACCEPTED", at: at(accept) },
    { status: "PREPARING", at: at(preparing) },
    { status: "READY", at: at(ready) },
    { status: "PICKED_UP", at: at(pickup) },
    { status: "DELIVERED", at: at(Math.max(delivered, pickup + 2)) },
  ];
  const plan: Plan = {
    steps: full,
    promisedAt: at(promiseMin),
    plannedDeliveryAt: full[5]?.at ?? at(promiseMin),
    outcome,
    cancelledBy: null,
    cancelKind: null,
    refundAt: null,
  };
  const deliveredAt = plan.plannedDeliveryAt;
  if (outcome === "REJECTED") {
    plan.steps = [
      full[0] ?? { status: "PLACED", at: placed },
      { status: "REJECTED", at: at(rng.float(1, 4)) },
    ];
    plan.cancelledBy = "STAFF";
  } else if (outcome === "CANCELLED") {
    const kind = rng.weighted<"customer" | "store" | "platform">([
      ["customer", 50],
      ["store", 25],
      ["platform", 25],
    ]);
    const cancelAt =
      kind === "customer"
        ? at(rng.float(1, 8))
        : kind === "store"
          ? at(Math.min(accept + rng.float(2, 10), ready - 0.5))
          : at(ready + rng.float(8, 20));
    const cut = kind === "platform" ? at(ready) : cancelAt;
    plan.steps = [
      ...full.filter((s) => s.at <= cut && s.status !== "PICKED_UP" && s.status !== "DELIVERED"),
      { status: "CANCELLED", at: cancelAt },
    ];
    plan.cancelKind = kind;
    plan.cancelledBy =
      kind === "customer"
        ? "CUSTOMER"
        : kind === "store"
          ? "STAFF"
          : channelIsPlatform
            ? "CHANNEL"
            : "SYSTEM";
  } else if (outcome === "REFUNDED") {
    plan.steps = [
      ...full,
      { status: "REFUNDED", at: deliveredAt + Math.round(rng.float(15, 240) * MINUTE) },
    ];
  } else if (outcome === "PARTIAL_REFUND") {
    plan.refundAt = deliveredAt + Math.round(rng.float(15, 300) * MINUTE);
  }
  return plan;
}

/** An order placed recently whose status right now is ACTIVE[target] (keeps the board busy). */
export function planInFlight(rng: Rng, now: number, target: number): Plan {
  const ages = [
    rng.float(0.5, 2.5),
    rng.float(3, 7),
    rng.float(8, 16),
    rng.float(16, 24),
    rng.float(24, 34),
  ];
  const age = ages[target] ?? 10;
  const placed = now - Math.round(age * MINUTE);
  const steps: Step[] = ACTIVE.map((status, i) => ({
    status,
    // Reached steps are spread over the order's age; later ones are a few minutes ahead.
    at:
      i <= target
        ? placed + Math.round(((age * i) / (target + 1)) * MINUTE)
        : now + Math.round((i - target) * rng.float(3, 6) * MINUTE),
  }));
  const last = steps[steps.length - 1]?.at ?? now;
  const deliveredAt = last + Math.round(rng.float(6, 12) * MINUTE);
  steps.push({ status: "DELIVERED", at: deliveredAt });
  return {
    steps,
    promisedAt: placed + rng.int(32, 45) * MINUTE,
    plannedDeliveryAt: deliveredAt,
    outcome: "DELIVERED",
    cancelledBy: null,
    cancelKind: null,
    refundAt: null,
  };
}

const REASONS: Record<string, readonly string[]> = {
  customer: [
    "不想要了 Changed my mind",
    "地址填错了 Wrong address",
    "等待时间太长 Waiting too long",
    "重复下单 Ordered twice",
  ],
  store: [
    "餐品售罄 Item sold out",
    "设备故障 Kitchen equipment failure",
    "门店临时停电 Power cut at store",
  ],
  platform: [
    "长时间无骑手接单 No courier available",
    "疑似风险订单 Flagged as risky",
    "恶劣天气停止配送 Severe weather",
  ],
  rejected: [
    "门店即将打烊 Store closing soon",
    "食材不足 Out of ingredients",
    "超出配送范围 Outside delivery area",
    "订单过多 Too many orders",
  ],
};

export function cancelReason(rng: Rng, plan: Plan): string | null {
  if (plan.outcome === "REJECTED") return rng.pick(REASONS.rejected ?? []);
  if (plan.cancelKind !== null) return rng.pick(REASONS[plan.cancelKind] ?? []);
  return null;
}
