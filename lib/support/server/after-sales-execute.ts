import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { refundOrderInTx } from "@/lib/orders/server/refund";
import type { OrderActor } from "@/lib/orders/server/order-actor";
import type { ApprovalExecutor, ApprovalRejectionHandler } from "@/lib/approvals/server/executors";
import { addSystemNote } from "./messages-write";
import { issueCompensationCoupon } from "./compensation-coupon";

type Tx = Prisma.TransactionClient;

/** What an approval carries: the waiting action, and the refund's items (null = in full). */
const payloadSchema = z.object({
  actionId: z.string().min(1),
  items: z
    .array(z.object({ orderItemId: z.string().min(1), quantity: z.number().int().min(1) }))
    .nullable(),
});
export type ActionPayload = z.infer<typeof payloadSchema>;

export const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;

async function loadAction(tx: Tx, actionId: string) {
  const action = await tx.supportAction.findUnique({ where: { id: actionId } });
  if (!action || !action.orderId)
    throw new AppError("not_found", "The support action no longer exists.");
  return { ...action, orderId: action.orderId };
}

/** Carries out a refund action through the order's own refund (one transaction). */
export async function executeRefund(tx: Tx, who: OrderActor, payload: ActionPayload, now: Date) {
  const action = await loadAction(tx, payload.actionId);
  const result = await refundOrderInTx(
    tx,
    who,
    {
      orderId: action.orderId,
      items: payload.items,
      reasonCode: action.reasonCode,
      bearer: action.bearer ?? "PLATFORM",
      note: action.note ?? undefined,
      ticketId: action.ticketId,
    },
    now,
  );
  await tx.supportAction.update({
    where: { id: action.id },
    data: {
      status: "DONE",
      amountCents: result.amountCents,
      data: JSON.stringify({ ...JSON.parse(action.data), refundId: result.refundId }),
    },
  });
}

/** Issues a real compensation coupon to the customer (recorded on the action and the order). */
export async function executeCoupon(
  tx: Tx,
  payload: ActionPayload,
  now: Date,
): Promise<{ code: string }> {
  const action = await loadAction(tx, payload.actionId);
  const { code, couponId } = await issueCompensationCoupon(
    tx,
    {
      orderId: action.orderId,
      amountCents: action.amountCents,
      bearer: action.bearer ?? "PLATFORM",
    },
    now,
  );
  await tx.supportAction.update({
    where: { id: action.id },
    data: {
      status: "DONE",
      data: JSON.stringify({ ...JSON.parse(action.data), couponCode: code, couponId }),
    },
  });
  const order = await tx.order.findUniqueOrThrow({
    where: { id: action.orderId },
    select: { id: true, code: true, storeId: true, status: true },
  });
  await tx.orderEvent.create({
    data: {
      orderId: order.id,
      type: "support_coupon",
      fromStatus: order.status,
      toStatus: order.status,
      actorType: "SYSTEM",
      reason: action.reasonCode,
      data: JSON.stringify({
        couponCode: code,
        amountCents: action.amountCents,
        bearer: action.bearer,
      }),
      createdAt: now,
    },
  });
  await publishEvent(tx, {
    topic: "order.updated",
    storeId: order.storeId,
    payload: { orderId: order.id, code: order.code, status: order.status },
  });
  return { code };
}

function approvedExecutor(
  run: (tx: Tx, payload: ActionPayload, approverId: string, now: Date) => Promise<void>,
): ApprovalExecutor {
  return async (tx, raw, approver) => {
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success)
      throw new AppError("validation", "The approval's payload is not a support action.");
    const now = new Date();
    await run(tx, parsed.data, approver.id, now);
    const action = await tx.supportAction.findUniqueOrThrow({
      where: { id: parsed.data.actionId },
      select: {
        ticketId: true,
        kind: true,
        amountCents: true,
        ticket: { select: { code: true, storeId: true } },
      },
    });
    await addSystemNote(
      tx,
      action.ticketId,
      `${action.kind} ${yuan(action.amountCents)} approved / 已审批通过`,
      now,
    );
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: action.ticket.storeId,
      payload: { id: action.ticketId, code: action.ticket.code },
    });
  };
}

/** Runs an approved support refund; the approver is who let the money go. */
export const supportRefundExecutor = approvedExecutor((tx, payload, approverId, now) =>
  executeRefund(tx, { type: "SYSTEM", id: approverId, storeId: null }, payload, now),
);

/** Issues an approved compensation coupon. */
export const supportCompensationExecutor = approvedExecutor(
  async (tx, payload, _approverId, now) => {
    await executeCoupon(tx, payload, now);
  },
);

/**
 * A rejected (or withdrawn) refund/compensation: the waiting action is marked rejected, with
 * the decider's note on the ticket, so it no longer reads as pending.
 */
export const supportRejectionHandler: ApprovalRejectionHandler = async (tx, raw, outcome) => {
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return;
  const now = new Date();
  const action = await tx.supportAction.findUnique({
    where: { id: parsed.data.actionId },
    select: {
      id: true,
      status: true,
      kind: true,
      amountCents: true,
      data: true,
      ticketId: true,
      ticket: { select: { code: true, storeId: true } },
    },
  });
  if (!action || action.status !== "PENDING_APPROVAL") return;
  await tx.supportAction.update({
    where: { id: action.id },
    data: {
      status: "REJECTED",
      data: JSON.stringify({
        ...JSON.parse(action.data),
        rejectedById: outcome.deciderId,
        rejection: outcome.status,
        rejectionNote: outcome.note,
      }),
    },
  });
  const verb = outcome.status === "CANCELLED" ? "withdrawn / 已撤回" : "rejected / 审批被拒";
  await addSystemNote(
    tx,
    action.ticketId,
    `${action.kind} ${yuan(action.amountCents)} ${verb}${outcome.note ? `: ${outcome.note}` : ""}`,
    now,
  );
  await publishEvent(tx, {
    topic: "ticket.updated",
    storeId: action.ticket.storeId,
    payload: { id: action.ticketId, code: action.ticket.code },
  });
};
