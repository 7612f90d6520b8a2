import { OrderStatus } from "@/lib/generated/prisma/enums";

/** What someone can do to an order; each maps to at most one next status. */
export const ORDER_ACTIONS = [
  "accept",
  "reject",
  "start_preparing",
  "mark_ready",
  "pick_up",
  "deliver",
  "cancel",
  "refund_full",
] as const;

export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Every order status, in lifecycle order (the schema declares them in that order). */
export const ORDER_STATUSES = Object.values(OrderStatus);

export type TransitionResult = { ok: true; to: OrderStatus } | { ok: false; reason: string };

type Rule = { from: readonly OrderStatus[]; to: OrderStatus };

// A store may skip "preparing" and mark an accepted order ready in one click; every other
// forward step is strictly one at a time so the timeline never has holes.
const RULES: Record<OrderAction, Rule> = {
  accept: { from: ["PLACED"], to: "ACCEPTED" },
  reject: { from: ["PLACED"], to: "REJECTED" },
  start_preparing: { from: ["ACCEPTED"], to: "PREPARING" },
  mark_ready: { from: ["ACCEPTED", "PREPARING"], to: "READY" },
  pick_up: { from: ["READY"], to: "PICKED_UP" },
  deliver: { from: ["PICKED_UP"], to: "DELIVERED" },
  cancel: { from: ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"], to: "CANCELLED" },
  // Money can be returned whatever happened to the food, but only once in full.
  refund_full: {
    from: [
      "PLACED",
      "ACCEPTED",
      "PREPARING",
      "READY",
      "PICKED_UP",
      "DELIVERED",
      "REJECTED",
      "CANCELLED",
    ],
    to: "REFUNDED",
  },
};

const TERMINAL: ReadonlySet<OrderStatus> = new Set(["REJECTED", "CANCELLED", "REFUNDED"]);

const VERB: Record<OrderAction, string> = {
  accept: "accepted",
  reject: "rejected",
  start_preparing: "started",
  mark_ready: "marked ready",
  pick_up: "picked up",
  deliver: "delivered",
  cancel: "cancelled",
  refund_full: "refunded in full",
};

/** The statuses an action may start from. */
export function allowedFrom(action: OrderAction): readonly OrderStatus[] {
  return RULES[action].from;
}

/** The next status after `action`, or why the action is refused in `status`. */
export function nextStatus(status: OrderStatus, action: OrderAction): TransitionResult {
  const rule = RULES[action];
  if (rule.from.includes(status)) return { ok: true, to: rule.to };
  const label = status.toLowerCase().replace("_", " ");
  if (action === "cancel" && status === "DELIVERED") {
    return {
      ok: false,
      reason: "A delivered order can no longer be cancelled; refund it instead.",
    };
  }
  if (TERMINAL.has(status)) {
    return { ok: false, reason: `The order is already ${label}; it cannot be ${VERB[action]}.` };
  }
  const expected = rule.from.map((s) => s.toLowerCase().replace("_", " ")).join(" or ");
  return {
    ok: false,
    reason: `An order that is ${label} cannot be ${VERB[action]} (it must be ${expected}).`,
  };
}

/** Whether no further status change is possible except a refund. */
export function isFinal(status: OrderStatus): boolean {
  return TERMINAL.has(status) || status === "DELIVERED";
}
