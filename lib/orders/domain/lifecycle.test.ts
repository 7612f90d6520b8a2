import { describe, expect, it } from "vitest";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { nextStatus, ORDER_ACTIONS, ORDER_STATUSES, type OrderAction } from "./lifecycle";

// The complete table: every (status, action) pair that is allowed, and where it leads.
const ALLOWED: Partial<Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>>> = {
  PLACED: { accept: "ACCEPTED", reject: "REJECTED", cancel: "CANCELLED", refund_full: "REFUNDED" },
  ACCEPTED: {
    start_preparing: "PREPARING",
    mark_ready: "READY",
    cancel: "CANCELLED",
    refund_full: "REFUNDED",
  },
  PREPARING: { mark_ready: "READY", cancel: "CANCELLED", refund_full: "REFUNDED" },
  READY: { pick_up: "PICKED_UP", cancel: "CANCELLED", refund_full: "REFUNDED" },
  PICKED_UP: { deliver: "DELIVERED", cancel: "CANCELLED", refund_full: "REFUNDED" },
  DELIVERED: { refund_full: "REFUNDED" },
  REJECTED: { refund_full: "REFUNDED" },
  CANCELLED: { refund_full: "REFUNDED" },
  REFUNDED: {},
};

const pairs = ORDER_STATUSES.flatMap((status) =>
  ORDER_ACTIONS.map((action) => ({ status, action, to: ALLOWED[status]?.[action] })),
);

describe("order lifecycle", () => {
  it("covers all 72 pairs", () => {
    expect(pairs).toHaveLength(72);
  });

  it.each(pairs.filter((p) => p.to))("$status + $action → $to", ({ status, action, to }) => {
    expect(nextStatus(status, action)).toEqual({ ok: true, to });
  });

  it.each(pairs.filter((p) => !p.to))("$status + $action is refused", ({ status, action }) => {
    const result = nextStatus(status, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/cannot|can no longer/);
  });

  it("explains why a delivered order cannot be cancelled", () => {
    expect(nextStatus("DELIVERED", "cancel")).toEqual({
      ok: false,
      reason: "A delivered order can no longer be cancelled; refund it instead.",
    });
  });

  it("names the required status for an out-of-order step", () => {
    const result = nextStatus("PLACED", "pick_up");
    expect(result).toEqual({
      ok: false,
      reason: "An order that is placed cannot be picked up (it must be ready).",
    });
  });

  it("refuses a second accept with the current state", () => {
    const result = nextStatus("CANCELLED", "accept");
    expect(result.ok ? "" : result.reason).toBe(
      "The order is already cancelled; it cannot be accepted.",
    );
  });
});
