import { describe, expect, it } from "vitest";
import { averageCost, receiveDelivery } from "./purchase-order";

const lines = [
  { id: "a", quantity: 10, receivedQty: 0 },
  { id: "b", quantity: 5, receivedQty: 2 },
];

describe("purchase order receiving", () => {
  it("goes partly received, then received when every line is complete", () => {
    expect(receiveDelivery("SENT", lines, [{ lineId: "a", qty: 4 }])).toEqual({
      ok: true,
      status: "PARTLY_RECEIVED",
    });
    expect(
      receiveDelivery("PARTLY_RECEIVED", lines, [
        { lineId: "a", qty: 10 },
        { lineId: "b", qty: 3 },
      ]),
    ).toEqual({ ok: true, status: "RECEIVED" });
  });
  it("refuses drafts, over-delivery, negatives and empty deliveries", () => {
    expect(receiveDelivery("DRAFT", lines, [{ lineId: "a", qty: 1 }]).ok).toBe(false);
    expect(receiveDelivery("SENT", lines, [{ lineId: "b", qty: 4 }])).toMatchObject({
      ok: false,
      field: "b",
      message: "Only 3 still to come.",
    });
    expect(receiveDelivery("SENT", lines, [{ lineId: "a", qty: -1 }]).ok).toBe(false);
    expect(receiveDelivery("SENT", lines, [{ lineId: "a", qty: 0 }]).ok).toBe(false);
    expect(receiveDelivery("SENT", lines, [{ lineId: "zz", qty: 1 }]).ok).toBe(false);
  });
  it("averages the unit cost over stock on hand", () => {
    expect(averageCost(10, 1000, 10, 2000)).toBe(1500);
    expect(averageCost(0, 1000, 5, 1200)).toBe(1200);
    expect(averageCost(-2, null, 5, 900)).toBe(900);
  });
});
