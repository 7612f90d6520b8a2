import { describe, expect, it } from "vitest";
import { planRefund } from "./refund";

// Paid 3600: lines 2 × 1000 and 1 × 1000, plus 600 in fees.
const order = {
  totalCents: 3600,
  refundedCents: 0,
  lines: [
    { id: "a", quantity: 2, refundedQty: 0, lineTotalCents: 2000 },
    { id: "b", quantity: 1, refundedQty: 0, lineTotalCents: 1000 },
  ],
};

describe("planRefund", () => {
  it("refunds everything left when no items are chosen", () => {
    expect(planRefund({ ...order, refundedCents: 1000 }, null)).toMatchObject({
      ok: true,
      amountCents: 2600,
      full: true,
    });
  });

  it("refunds chosen units at their share of the line, keeping the order partial", () => {
    expect(planRefund(order, [{ orderItemId: "a", quantity: 1 }])).toEqual({
      ok: true,
      amountCents: 1000,
      full: false,
      lines: [{ id: "a", quantity: 1 }],
    });
  });

  it("turns a refund of every remaining item into a full one, fees included", () => {
    const plan = planRefund(
      {
        ...order,
        lines: order.lines.map((l) => (l.id === "a" ? { ...l, refundedQty: 2 } : l)),
        refundedCents: 2000,
      },
      [{ orderItemId: "b", quantity: 1 }],
    );
    expect(plan).toMatchObject({ ok: true, amountCents: 1600, full: true });
  });

  it("refuses more units than remain, unknown lines, and a second full refund", () => {
    expect(planRefund(order, [{ orderItemId: "b", quantity: 2 }])).toEqual({
      ok: false,
      reason: "Only 1 left to refund on this line.",
      field: "items.0.quantity",
    });
    expect(planRefund(order, [{ orderItemId: "z", quantity: 1 }])).toMatchObject({
      ok: false,
      field: "items.0.orderItemId",
    });
    expect(planRefund({ ...order, refundedCents: 3600 }, null)).toEqual({
      ok: false,
      reason: "The order has already been refunded in full.",
    });
  });

  it("rounds a unit's share down so partial refunds never exceed the line", () => {
    const odd = {
      totalCents: 1000,
      refundedCents: 0,
      lines: [{ id: "x", quantity: 3, refundedQty: 0, lineTotalCents: 1000 }],
    };
    expect(planRefund(odd, [{ orderItemId: "x", quantity: 1 }])).toMatchObject({
      amountCents: 333,
      full: false,
    });
  });
});
