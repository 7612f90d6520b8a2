import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { CostBearer } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { nextStatus } from "@/lib/orders/domain/lifecycle";
import { planRefund, type RefundPlan } from "@/lib/orders/domain/refund";
import { orderScope, type OrderActor } from "./order-actor";
import { recordOrderChange } from "./order-effects";
import { explainConflict } from "./conflict";

export type RefundInput = {
  orderId: string;
  items: { orderItemId: string; quantity: number }[] | null;
  reasonCode: string;
  bearer: CostBearer;
  note?: string;
  /** The support ticket the refund was made from, if any. */
  ticketId?: string | null;
};

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Refunds an order in full or by items; the status becomes REFUNDED once nothing is left. */
export async function refundOrder(db: Db, who: OrderActor, input: RefundInput, now = new Date()) {
  return db.$transaction((tx) => refundOrderInTx(tx, who, input, now));
}

/** The order a refund acts on, with its lines, within the actor's scope (else not_found). */
export async function loadRefundOrder(tx: Tx, who: OrderActor, orderId: string) {
  const order = await tx.order.findFirst({
    where: { id: orderId, ...orderScope(who) },
    include: { items: true },
  });
  if (!order) throw new AppError("not_found", "Order not found.");
  return order;
}

export type RefundOrder = Awaited<ReturnType<typeof loadRefundOrder>>;

/** The refund plan of a loaded order for the chosen items (null: everything left). */
export function planOrderRefund(order: RefundOrder, items: RefundInput["items"]): RefundPlan {
  return planRefund({ ...order, lines: order.items }, items);
}

/** `refundOrder` inside a caller's transaction (an approval executor, a ticket action). */
export async function refundOrderInTx(
  tx: Tx,
  who: OrderActor,
  input: RefundInput,
  now = new Date(),
) {
  const order = await loadRefundOrder(tx, who, input.orderId);
  return refundPlannedOrder(tx, who, order, planOrderRefund(order, input.items), input, now);
}

/**
 * Makes a refund already planned for an order loaded in this transaction (the approval path
 * reads and plans once, then decides whether to refund now or queue it).
 */
export async function refundPlannedOrder(
  tx: Tx,
  who: OrderActor,
  order: RefundOrder,
  plan: RefundPlan,
  input: RefundInput,
  now = new Date(),
) {
  if (!plan.ok) {
    throw new AppError(
      "validation",
      plan.reason,
      plan.field ? { fields: { [plan.field]: [plan.reason] } } : undefined,
    );
  }
  let status = order.status;
  if (plan.full) {
    const step = nextStatus(order.status, "refund_full");
    if (!step.ok) throw new AppError("conflict", step.reason);
    status = step.to;
  }
  // The version guard makes two simultaneous refunds of the same order exclusive, so the
  // sum can never pass what was paid.
  const { count } = await tx.order.updateMany({
    where: { id: order.id, version: order.version, refundedCents: order.refundedCents },
    data: { refundedCents: { increment: plan.amountCents }, status, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("conflict", await explainConflict(tx, order));
  for (const line of plan.lines) {
    await tx.orderItem.update({
      where: { id: line.id },
      data: { refundedQty: { increment: line.quantity } },
    });
  }
  const refund = await tx.refund.create({
    data: {
      orderId: order.id,
      amountCents: plan.amountCents,
      reasonCode: input.reasonCode,
      note: input.note ?? null,
      bearer: input.bearer,
      items: input.items === null ? null : JSON.stringify(input.items),
      createdById: who.type === "STAFF" ? who.actor.id : null,
      ticketId: input.ticketId ?? null,
      createdAt: now,
    },
  });
  await recordOrderChange(
    tx,
    who,
    {
      order,
      type: plan.full ? "refund_full" : "refund_partial",
      from: order.status,
      to: status,
      version: order.version + 1,
      reason: input.reasonCode,
      data: { amountCents: plan.amountCents, bearer: input.bearer, refundId: refund.id },
      topic: "order.updated",
    },
    now,
  );
  return {
    id: order.id,
    status,
    version: order.version + 1,
    refundId: refund.id,
    amountCents: plan.amountCents,
    refundedCents: order.refundedCents + plan.amountCents,
  };
}
