import type { OrderStatus, StoreStatus } from "@/lib/generated/prisma/enums";
import { isOpenAt, type OpeningWindow } from "@/lib/orders/domain/hours";
import { ACCEPT_SLA_SECONDS, DEFAULT_PREP_MINUTES } from "@/lib/orders/domain/sla";

export type AttentionKind =
  | "not_accepted"
  | "prep_overdue"
  | "ready_no_courier"
  | "courier_late_pickup"
  | "eta_slipping"
  | "store_paused"
  | "webhook_failing"
  | "stock_low";

export type Severity = "critical" | "warning";

export type AttentionOrder = {
  id: string;
  code: string;
  storeId: string;
  status: OrderStatus;
  version: number;
  placedAt: Date;
  acceptedAt: Date | null;
  readyAt: Date | null;
  prepMinutes: number | null;
  promisedAt: Date;
  estimatedAt: Date | null;
  courierId: string | null;
};

export type AttentionStore = {
  id: string;
  code: string;
  status: StoreStatus;
  pausedReason: string | null;
  updatedAt: Date;
  hours: readonly OpeningWindow[];
};

export type AttentionWebhook = {
  id: string;
  storeId: string;
  orderId: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
};

/** Counted stock (a dish or an ingredient) at or below its low-stock threshold. */
export type AttentionStock = {
  kind: "item" | "ingredient";
  id: string;
  storeId: string;
  name: string;
  qty: number;
  threshold: number;
};

export type AttentionTarget =
  | {
      type: "order";
      id: string;
      code: string;
      storeId: string;
      status: OrderStatus;
      version: number;
    }
  | { type: "store"; id: string; code: string; reason: string | null }
  | { type: "webhook"; id: string; storeId: string; orderId: string | null; error: string | null }
  | ({ type: "stock" } & AttentionStock);

export type AttentionItem = {
  key: string;
  kind: AttentionKind;
  severity: Severity;
  since: Date;
  target: AttentionTarget;
};

export type AttentionThresholds = {
  acceptSeconds: number;
  /** A ready order may wait this long for a courier before it is flagged. */
  courierWaitSeconds: number;
  /** A ready order whose courier has not picked it up after this long is flagged. */
  pickupLateSeconds: number;
  webhookAttempts: number;
};

export const DEFAULT_THRESHOLDS: AttentionThresholds = {
  acceptSeconds: ACCEPT_SLA_SECONDS,
  courierWaitSeconds: 120,
  pickupLateSeconds: 300,
  webhookAttempts: 3,
};

const OPEN_STATUSES: readonly OrderStatus[] = [
  "PLACED",
  "ACCEPTED",
  "PREPARING",
  "READY",
  "PICKED_UP",
];

const ms = (seconds: number) => seconds * 1000;

/**
 * The one most actionable problem of an order, or null. One row per order keeps the queue short:
 * accepting fixes more than chasing the ETA of an order nobody has accepted yet.
 */
export function orderProblem(
  order: AttentionOrder,
  now: Date,
  limits: AttentionThresholds = DEFAULT_THRESHOLDS,
): Omit<AttentionItem, "key" | "target"> | null {
  if (!OPEN_STATUSES.includes(order.status)) return null;
  const t = now.getTime();
  if (order.status === "PLACED") {
    const waited = t - order.placedAt.getTime();
    if (waited >= ms(limits.acceptSeconds)) {
      const severity = waited >= ms(limits.acceptSeconds * 2) ? "critical" : "warning";
      return { kind: "not_accepted", severity, since: order.placedAt };
    }
  }
  if (order.status === "ACCEPTED" || order.status === "PREPARING") {
    const from = (order.acceptedAt ?? order.placedAt).getTime();
    const due = from + (order.prepMinutes ?? DEFAULT_PREP_MINUTES) * 60_000;
    if (t > due) {
      const severity = t > order.promisedAt.getTime() ? "critical" : "warning";
      return { kind: "prep_overdue", severity, since: new Date(due) };
    }
  }
  if (order.status === "READY" && order.courierId === null && order.readyAt) {
    if (t - order.readyAt.getTime() >= ms(limits.courierWaitSeconds)) {
      return { kind: "ready_no_courier", severity: "critical", since: order.readyAt };
    }
  }
  if (order.status === "READY" && order.courierId !== null && order.readyAt) {
    if (t - order.readyAt.getTime() >= ms(limits.pickupLateSeconds)) {
      const severity = t > order.promisedAt.getTime() ? "critical" : "warning";
      return { kind: "courier_late_pickup", severity, since: order.readyAt };
    }
  }
  const eta = order.estimatedAt ?? order.promisedAt;
  if (t > order.promisedAt.getTime() || eta.getTime() > order.promisedAt.getTime()) {
    const passed = t > order.promisedAt.getTime();
    return {
      kind: "eta_slipping",
      severity: passed ? "critical" : "warning",
      since: passed ? order.promisedAt : eta,
    };
  }
  return null;
}

/** Everything going wrong now, most severe first, then oldest first. */
export function findAttentionItems(
  input: {
    orders: readonly AttentionOrder[];
    stores: readonly AttentionStore[];
    webhooks: readonly AttentionWebhook[];
    stock?: readonly AttentionStock[];
  },
  now: Date,
  limits: AttentionThresholds = DEFAULT_THRESHOLDS,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const o of input.orders) {
    const problem = orderProblem(o, now, limits);
    if (!problem) continue;
    const { id, code, storeId, status, version } = o;
    items.push({
      ...problem,
      key: `order:${id}`,
      target: { type: "order", id, code, storeId, status, version },
    });
  }
  for (const s of input.stores) {
    // A pause outside opening hours is expected; inside them it loses orders.
    if (s.status !== "PAUSED" || !isOpenAt(s.hours, now)) continue;
    items.push({
      key: `store:${s.id}`,
      kind: "store_paused",
      severity: "warning",
      since: s.updatedAt,
      target: { type: "store", id: s.id, code: s.code, reason: s.pausedReason },
    });
  }
  for (const w of input.webhooks) {
    if (w.status === "DELIVERED") continue;
    if (w.status !== "FAILED" && w.attempts < limits.webhookAttempts) continue;
    items.push({
      key: `webhook:${w.id}`,
      kind: "webhook_failing",
      severity: w.status === "FAILED" ? "critical" : "warning",
      since: w.createdAt,
      target: {
        type: "webhook",
        id: w.id,
        storeId: w.storeId,
        orderId: w.orderId,
        error: w.lastError,
      },
    });
  }
  for (const s of input.stock ?? []) {
    if (s.qty > s.threshold) continue;
    items.push({
      key: `stock:${s.kind}:${s.id}`,
      kind: "stock_low",
      // Nothing left stops sales; merely low is a reorder to plan.
      severity: s.qty <= 0 ? "critical" : "warning",
      since: now,
      target: { type: "stock", ...s },
    });
  }
  const rank = (s: Severity) => (s === "critical" ? 0 : 1);
  return items.sort(
    (a, b) => rank(a.severity) - rank(b.severity) || a.since.getTime() - b.since.getTime(),
  );
}
