import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { planRefund } from "@/lib/orders/domain/refund";
import { orderScope, staff } from "@/lib/orders/server/order-actor";
import {
  approvalThresholdCents,
  hasPendingApproval,
  requestApproval,
} from "@/lib/approvals/server/requests";
import { checkCompensation } from "../domain/policy";
import type { AfterSalesInput } from "../schemas";
import { addSystemNote } from "./messages-write";
import { getWritableTicket } from "./scope";
import { executeCoupon, executeRefund, yuan, type ActionPayload } from "./after-sales-execute";

type Tx = Prisma.TransactionClient;

export type AfterSalesResult = {
  actionId: string;
  status: "DONE" | "PENDING_APPROVAL";
  amountCents: number;
  /** The issued compensation coupon's code (COUPON done at once). */
  couponCode?: string | null;
};

async function loadOrder(tx: Tx, actor: Actor, orderId: string | null) {
  if (!orderId) throw new AppError("conflict", "This ticket is not about an order.");
  const order = await tx.order.findFirst({
    where: { id: orderId, ...orderScope(staff(actor)) },
    include: { items: true, refunds: { select: { items: true } } },
  });
  if (!order) throw new AppError("not_found", "Order not found.");
  return order;
}

/**
 * Takes an after-sales action from a ticket: refunds and coupons go through the policy (paid
 * amount, delivery fee once, the role's limit); above the limit they wait for a second
 * person in the approvals queue. Every action is recorded on the ticket and on the order.
 */
export async function takeAfterSalesAction(
  db: Db,
  actor: Actor,
  input: AfterSalesInput,
  now = new Date(),
) {
  return db.$transaction(async (tx): Promise<AfterSalesResult> => {
    const ticket = await getWritableTicket(tx, actor, input.ticketId);
    const order = await loadOrder(tx, actor, ticket.orderId);
    let amountCents = "amountCents" in input ? input.amountCents : 0;
    const money = input.kind === "REFUND" || input.kind === "COUPON";
    if (money) {
      let includesDeliveryFee = false;
      if (input.kind === "REFUND") {
        const plan = planRefund({ ...order, lines: order.items }, input.items);
        if (!plan.ok) {
          throw new AppError(
            "validation",
            plan.reason,
            plan.field ? { fields: { [plan.field]: [plan.reason] } } : undefined,
          );
        }
        amountCents = plan.amountCents;
        includesDeliveryFee = plan.full;
      }
      const kind = input.kind === "REFUND" ? "REFUND" : "COMPENSATION";
      const decision = checkCompensation(
        {
          status: order.status,
          totalCents: order.totalCents,
          refundedCents: order.refundedCents,
          deliveryFeeCents: order.deliveryFeeCents,
          deliveryFeeRefunded: order.refunds.some((r) => r.items === null),
        },
        { kind, role: actor.role, amountCents, includesDeliveryFee },
        await approvalThresholdCents(tx, kind, order.storeId),
      );
      if (!decision.ok) {
        throw new AppError(
          decision.code,
          decision.reason,
          decision.field ? { fields: { [decision.field]: [decision.reason] } } : undefined,
        );
      }
      if (decision.needsApproval) {
        if (await hasPendingApproval(tx, kind, "Ticket", ticket.id)) {
          throw new AppError(
            "conflict",
            "A request for this ticket is already waiting for approval.",
          );
        }
        const action = await tx.supportAction.create({
          data: {
            ticketId: ticket.id,
            orderId: order.id,
            kind: input.kind,
            status: "PENDING_APPROVAL",
            reasonCode: input.reasonCode,
            amountCents,
            bearer: input.bearer,
            note: input.note ?? null,
            createdById: actor.id,
            createdAt: now,
          },
          select: { id: true },
        });
        const payload: ActionPayload = {
          actionId: action.id,
          items: input.kind === "REFUND" ? input.items : null,
        };
        const approval = await requestApproval(tx, {
          kind,
          storeId: order.storeId,
          amountCents,
          summary: `${input.kind} ${yuan(amountCents)} · ${order.code} · ${ticket.code} (${input.reasonCode})`,
          payload,
          requestedById: actor.id,
          subjectType: "Ticket",
          subjectId: ticket.id,
        });
        await tx.supportAction.update({
          where: { id: action.id },
          data: { data: JSON.stringify({ approvalId: approval.id }) },
        });
        await addSystemNote(
          tx,
          ticket.id,
          `${input.kind} ${yuan(amountCents)} awaits approval / 待审批`,
          now,
        );
        await publishEvent(tx, {
          topic: "ticket.updated",
          storeId: ticket.storeId,
          payload: { id: ticket.id, code: ticket.code },
        });
        return { actionId: action.id, status: "PENDING_APPROVAL", amountCents };
      }
    }
    const action = await tx.supportAction.create({
      data: {
        ticketId: ticket.id,
        orderId: order.id,
        kind: input.kind,
        status: "DONE",
        reasonCode: input.reasonCode,
        amountCents,
        bearer: input.bearer,
        note: input.note ?? null,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    const payload: ActionPayload = {
      actionId: action.id,
      items: input.kind === "REFUND" ? input.items : null,
    };
    let couponCode: string | null = null;
    if (input.kind === "REFUND") await executeRefund(tx, staff(actor), payload, now);
    else if (input.kind === "COUPON") couponCode = (await executeCoupon(tx, payload, now)).code;
    else
      await recordOrderSideAction(
        tx,
        actor,
        { ...order, ticketCode: ticket.code },
        input,
        action.id,
        now,
      );
    await addSystemNote(
      tx,
      ticket.id,
      `${input.kind}${amountCents ? ` ${yuan(amountCents)}` : ""}${couponCode ? ` ${couponCode}` : ""} · ${input.reasonCode} · ${input.bearer}`,
      now,
    );
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: ticket.storeId,
      payload: { id: ticket.id, code: ticket.code },
    });
    return { actionId: action.id, status: "DONE", amountCents, couponCode };
  });
}

/** Re-send, re-dispatch and courier claims leave a line on the order's timeline. */
async function recordOrderSideAction(
  tx: Tx,
  actor: Actor,
  order: {
    id: string;
    code: string;
    storeId: string;
    status: Prisma.OrderEventCreateInput["toStatus"];
    ticketCode: string;
  },
  input: AfterSalesInput,
  actionId: string,
  now: Date,
) {
  await tx.orderEvent.create({
    data: {
      orderId: order.id,
      type: `support_${input.kind.toLowerCase()}`,
      fromStatus: order.status,
      toStatus: order.status,
      actorType: "STAFF",
      actorId: actor.id,
      reason: input.reasonCode,
      data: JSON.stringify({
        ticket: order.ticketCode,
        actionId,
        bearer: input.bearer,
        amountCents: "amountCents" in input ? input.amountCents : 0,
      }),
      createdAt: now,
    },
  });
  await publishEvent(tx, {
    topic: "order.updated",
    storeId: order.storeId,
    payload: { orderId: order.id, code: order.code, status: order.status },
  });
}
