import type { CostBearer } from "@/lib/generated/prisma/client";
import type { CartLine } from "./cart";
import type { RefundPlan } from "./env";
import { pushEvent } from "./order-events";
import type { Rng } from "./prng";
import type { Writer } from "./writer";

type Line = CartLine & { orderItemId: string };

const BEARERS: readonly (readonly [CostBearer, number])[] = [
  ["STORE", 60],
  ["PLATFORM", 25],
  ["COURIER", 15],
];

/** A full refund (status REFUNDED) or, after delivery, a refund of some units of one line. */
export function decideRefund(
  rng: Rng,
  o: {
    lines: readonly Line[];
    totalCents: number;
    fullRefundAt: number | null;
    partialAt: number | null;
  },
): { refund: RefundPlan | null; refundLine: Line | undefined; refundQty: number } {
  if (o.fullRefundAt !== null) {
    const reasonCode = rng.pick(["FOOD_SPILLED", "WRONG_ORDER", "QUALITY", "LATE_DELIVERY"]);
    return {
      refund: { amountCents: o.totalCents, at: o.fullRefundAt, full: true, reasonCode },
      refundLine: undefined,
      refundQty: 0,
    };
  }
  if (o.partialAt === null || o.lines.length === 0) {
    return { refund: null, refundLine: undefined, refundQty: 0 };
  }
  const refundLine = rng.pick(o.lines);
  const refundQty = rng.int(1, refundLine.quantity);
  return {
    refund: {
      // line totals are unit-with-options times quantity, so this division is exact
      amountCents: (refundLine.lineTotalCents / refundLine.quantity) * refundQty,
      at: o.partialAt,
      full: false,
      reasonCode: rng.pick(["MISSING_ITEM", "WRONG_ITEM", "QUALITY", "SPILLED"]),
    },
    refundLine,
    refundQty,
  };
}

/** The Refund row (linked to the ticket that asked for it) and, for partial refunds, an event. */
export function writeRefund(
  w: Writer,
  rng: Rng,
  r: {
    orderId: string;
    refund: RefundPlan;
    refundLine: Line | undefined;
    refundQty: number;
    ticketId: string | null;
    createdById: string | null;
  },
): void {
  const { refund } = r;
  w.push("refund", {
    id: rng.id("f"),
    orderId: r.orderId,
    amountCents: refund.amountCents,
    reasonCode: refund.reasonCode,
    bearer: rng.weighted(BEARERS),
    ticketId: r.ticketId,
    createdById: r.createdById,
    createdAt: new Date(refund.at),
    items:
      r.refundLine === undefined
        ? null
        : JSON.stringify([{ orderItemId: r.refundLine.orderItemId, quantity: r.refundQty }]),
  });
  if (!refund.full) {
    pushEvent(w, rng, r.orderId, "refund_issued", null, null, refund.at, "STAFF", {
      actorId: r.createdById,
      reason: refund.reasonCode,
      data: { amountCents: refund.amountCents },
    });
  }
}
