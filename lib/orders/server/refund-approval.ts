import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { needsApproval } from "@/lib/approvals/domain/kinds";
import {
  approvalThresholdCents,
  hasPendingApproval,
  requestApproval,
} from "@/lib/approvals/server/requests";
import { refundItemSchema } from "@/lib/orders/schemas";
import type { OrderActor } from "./order-actor";
import {
  loadRefundOrder,
  planOrderRefund,
  refundOrderInTx,
  refundPlannedOrder,
  type RefundInput,
} from "./refund";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type RefundOutcome =
  | ({ pendingApproval: false } & Awaited<ReturnType<typeof refundOrderInTx>>)
  | { pendingApproval: true; approvalId: string; amountCents: number };

/** What an order-page refund waiting for a second person carries to its executor. */
const orderRefundPayloadSchema = z.strictObject({
  source: z.literal("order"),
  orderId: z.string().min(1),
  items: z.array(refundItemSchema).nullable(),
  reasonCode: z.string().min(1),
  bearer: z.enum(["STORE", "PLATFORM", "COURIER"]),
  note: z.string().nullable(),
});

const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;

/**
 * A staff refund from the order page: at or above the store's REFUND approval threshold it is
 * queued for a second person (nothing is refunded yet), below it the refund is made at once.
 */
export async function refundOrRequestApproval(
  db: Db,
  who: Extract<OrderActor, { type: "STAFF" }>,
  input: RefundInput,
  now = new Date(),
): Promise<RefundOutcome> {
  return db.$transaction(async (tx) => {
    const order = await loadRefundOrder(tx, who, input.orderId);
    const plan = planOrderRefund(order, input.items);
    const threshold = await approvalThresholdCents(tx, "REFUND", order.storeId);
    if (!plan.ok || !needsApproval(plan.amountCents, threshold)) {
      // Invalid plans get their field errors from the refund itself.
      const done = await refundPlannedOrder(tx, who, order, plan, input, now);
      return { pendingApproval: false, ...done };
    }
    if (await hasPendingApproval(tx, "REFUND", "Order", order.id)) {
      throw new AppError("conflict", "A refund of this order is already waiting for approval.");
    }
    const payload: z.infer<typeof orderRefundPayloadSchema> = {
      source: "order",
      orderId: order.id,
      items: input.items,
      reasonCode: input.reasonCode,
      bearer: input.bearer,
      note: input.note ?? null,
    };
    const request = await requestApproval(tx, {
      kind: "REFUND",
      storeId: order.storeId,
      amountCents: plan.amountCents,
      summary: `REFUND ${yuan(plan.amountCents)} · ${order.code} (${input.reasonCode})`,
      payload,
      requestedById: who.actor.id,
      subjectType: "Order",
      subjectId: order.id,
    });
    return { pendingApproval: true, approvalId: request.id, amountCents: plan.amountCents };
  });
}

/** Whether an approval payload is an order-page refund (else it is a support action's). */
export function isOrderRefundPayload(payload: unknown): boolean {
  return (
    typeof payload === "object" &&
    payload !== null &&
    (payload as { source?: unknown }).source === "order"
  );
}

/**
 * REFUND executor for order-page refunds: makes the refund as approved, in the approval's
 * transaction; the refund's own checks still apply (an order refunded meanwhile is refused).
 */
export async function executeApprovedOrderRefund(
  tx: Tx,
  raw: unknown,
  approver: { id: string },
): Promise<void> {
  const parsed = orderRefundPayloadSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", "Malformed order refund request.");
  const p = parsed.data;
  await refundOrderInTx(
    tx,
    { type: "SYSTEM", id: approver.id, storeId: null },
    {
      orderId: p.orderId,
      items: p.items,
      reasonCode: p.reasonCode,
      bearer: p.bearer,
      ...(p.note ? { note: p.note } : {}),
    },
  );
}
