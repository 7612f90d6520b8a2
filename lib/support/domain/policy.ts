import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * Money an agent may give away on their own, per role (fen). Above it a second person
 * approves; null means the role may not give money back at all.
 */
export const ROLE_LIMIT_CENTS: Record<Role, number | null> = {
  SUPPORT_AGENT: 5_000,
  STORE_STAFF: null,
  STORE_MANAGER: 5_000,
  DISPATCHER: null,
  MARKETER: null,
  SUPERVISOR: 50_000,
  PLATFORM_ADMIN: 1_000_000,
};

export type CompensationKind = "REFUND" | "COMPENSATION";

/** The order as far as giving money back cares. */
export type PolicyOrder = {
  status: OrderStatus;
  totalCents: number;
  refundedCents: number;
  deliveryFeeCents: number;
  /** Delivery fee already returned by an earlier refund (full refunds include it). */
  deliveryFeeRefunded: boolean;
};

export type PolicyRequest = {
  kind: CompensationKind;
  role: Role;
  amountCents: number;
  /** The refund returns the delivery fee (a full refund, or a late-delivery fee refund). */
  includesDeliveryFee: boolean;
};

export type PolicyDecision =
  | { ok: true; needsApproval: boolean; limitCents: number }
  | { ok: false; code: "validation" | "forbidden" | "conflict"; reason: string; field?: string };

// Before pickup the kitchen can still stop; a refund then is a cancellation, done on the order.
const NOT_YET_OUT = new Set<OrderStatus>(["PLACED", "ACCEPTED", "PREPARING", "READY"]);

/**
 * Whether a refund or compensation may go ahead and whether it needs a second person:
 * never more than what is left of the payment, never the delivery fee twice, nothing on an
 * order already refunded in full, and only within the role's own limit without approval.
 * `thresholdCents` is the store's approval threshold when one is set (the lower limit wins).
 */
export function checkCompensation(
  order: PolicyOrder,
  req: PolicyRequest,
  thresholdCents: number | null = null,
): PolicyDecision {
  const roleLimit = ROLE_LIMIT_CENTS[req.role];
  if (roleLimit === null) {
    return { ok: false, code: "forbidden", reason: "Your role may not give money back." };
  }
  if (!Number.isInteger(req.amountCents) || req.amountCents <= 0) {
    return {
      ok: false,
      code: "validation",
      reason: "Enter an amount above zero.",
      field: "amountCents",
    };
  }
  if (req.kind === "REFUND") {
    if (order.status === "REFUNDED") {
      return {
        ok: false,
        code: "conflict",
        reason: "The order has already been refunded in full.",
      };
    }
    if (NOT_YET_OUT.has(order.status) && !req.includesDeliveryFee) {
      return {
        ok: false,
        code: "conflict",
        reason: "The order has not left the store: cancel it instead of refunding items.",
      };
    }
    const left = order.totalCents - order.refundedCents;
    if (req.amountCents > left) {
      return {
        ok: false,
        code: "validation",
        reason: `At most ¥${(left / 100).toFixed(2)} is left to refund on this order.`,
        field: "amountCents",
      };
    }
    if (req.includesDeliveryFee && order.deliveryFeeRefunded && order.deliveryFeeCents > 0) {
      return { ok: false, code: "conflict", reason: "The delivery fee was already refunded." };
    }
  } else if (req.amountCents > order.totalCents) {
    // A goodwill coupon is capped by the order's value: it makes good, it does not pay out.
    return {
      ok: false,
      code: "validation",
      reason: "A compensation cannot exceed what the customer paid.",
      field: "amountCents",
    };
  }
  const limitCents = thresholdCents === null ? roleLimit : Math.min(roleLimit, thresholdCents);
  return { ok: true, needsApproval: req.amountCents > limitCents, limitCents };
}

/** Reason codes an after-sales action must carry. */
export const REASON_CODES = [
  "late_delivery",
  "missing_item",
  "wrong_item",
  "food_quality",
  "damaged_packaging",
  "courier_conduct",
  "goodwill",
  "other",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
