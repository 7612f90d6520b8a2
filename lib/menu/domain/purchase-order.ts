export type PoStatus = "DRAFT" | "SENT" | "PARTLY_RECEIVED" | "RECEIVED" | "CANCELLED";
export type PoLine = { id: string; quantity: number; receivedQty: number };

const EPS = 1e-9;

/**
 * Checks a delivery against a purchase order and gives the status after it: only sent or
 * partly received orders take deliveries, no line takes more than it still awaits.
 */
export function receiveDelivery(
  status: PoStatus,
  lines: readonly PoLine[],
  received: readonly { lineId: string; qty: number }[],
): { ok: true; status: PoStatus } | { ok: false; field: string; message: string } {
  if (status !== "SENT" && status !== "PARTLY_RECEIVED") {
    return {
      ok: false,
      field: "_",
      message: `A ${status.toLowerCase()} order cannot be received.`,
    };
  }
  const got = new Map<string, number>();
  for (const r of received) {
    const line = lines.find((l) => l.id === r.lineId);
    if (!line) return { ok: false, field: r.lineId, message: "Not a line of this order." };
    if (!(r.qty >= 0))
      return { ok: false, field: r.lineId, message: "Quantity cannot be negative." };
    const total = (got.get(r.lineId) ?? 0) + r.qty;
    if (line.receivedQty + total > line.quantity + EPS) {
      return {
        ok: false,
        field: r.lineId,
        message: `Only ${Math.round((line.quantity - line.receivedQty) * 1000) / 1000} still to come.`,
      };
    }
    got.set(r.lineId, total);
  }
  if ([...got.values()].every((q) => q <= 0)) {
    return { ok: false, field: "_", message: "Enter what arrived." };
  }
  const complete = lines.every((l) => l.receivedQty + (got.get(l.id) ?? 0) >= l.quantity - EPS);
  return { ok: true, status: complete ? "RECEIVED" : "PARTLY_RECEIVED" };
}

/** Moving average unit cost after receiving `qty` at `unitCost` onto `stock` at `oldCost`. */
export function averageCost(
  stock: number,
  oldCost: number | null,
  qty: number,
  unitCost: number,
): number {
  const on = Math.max(0, stock);
  if (oldCost === null || on + qty <= 0) return unitCost;
  return Math.round((on * oldCost + qty * unitCost) / (on + qty));
}
