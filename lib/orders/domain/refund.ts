/** An order line as far as refunds care. */
export type RefundableLine = {
  id: string;
  quantity: number;
  refundedQty: number;
  lineTotalCents: number;
};

export type RefundPlan =
  | { ok: true; amountCents: number; full: boolean; lines: { id: string; quantity: number }[] }
  | { ok: false; reason: string; field?: string };

/**
 * How much a refund returns: the rest of the order when `items` is null or every item ends up
 * refunded (fees included), otherwise the chosen lines' share, never more than what is left.
 */
export function planRefund(
  order: { totalCents: number; refundedCents: number; lines: RefundableLine[] },
  items: { orderItemId: string; quantity: number }[] | null,
): RefundPlan {
  const remaining = order.totalCents - order.refundedCents;
  if (remaining <= 0) return { ok: false, reason: "The order has already been refunded in full." };
  if (items === null) {
    const lines = order.lines
      .filter((l) => l.quantity > l.refundedQty)
      .map((l) => ({ id: l.id, quantity: l.quantity - l.refundedQty }));
    return { ok: true, amountCents: remaining, full: true, lines };
  }
  const byId = new Map(order.lines.map((l) => [l.id, { ...l }]));
  let amount = 0;
  for (const [i, item] of items.entries()) {
    const line = byId.get(item.orderItemId);
    if (!line)
      return { ok: false, reason: "No such line on this order.", field: `items.${i}.orderItemId` };
    const left = line.quantity - line.refundedQty;
    if (item.quantity > left) {
      return {
        ok: false,
        reason: `Only ${left} left to refund on this line.`,
        field: `items.${i}.quantity`,
      };
    }
    // Per-unit share of the line, rounded down so partial refunds never exceed what was paid.
    amount += Math.floor((line.lineTotalCents * item.quantity) / line.quantity);
    line.refundedQty += item.quantity;
  }
  const everything = [...byId.values()].every((l) => l.refundedQty >= l.quantity);
  const full = everything || amount >= remaining;
  return {
    ok: true,
    amountCents: full ? remaining : amount,
    full,
    lines: items.map((i) => ({ id: i.orderItemId, quantity: i.quantity })),
  };
}
