import { describe, expect, it } from "vitest";
import { checkCompensation, type PolicyOrder } from "./policy";

const delivered: PolicyOrder = {
  status: "DELIVERED",
  totalCents: 12_000,
  refundedCents: 0,
  deliveryFeeCents: 500,
  deliveryFeeRefunded: false,
};
const refund = (amountCents: number, extra = {}) => ({
  kind: "REFUND" as const,
  role: "SUPPORT_AGENT" as const,
  amountCents,
  includesDeliveryFee: false,
  ...extra,
});

describe("refund policy", () => {
  it("lets an agent refund up to ¥50 alone", () => {
    expect(checkCompensation(delivered, refund(5_000))).toEqual({
      ok: true,
      needsApproval: false,
      limitCents: 5_000,
    });
  });

  it("sends an agent's refund above ¥50 to a second person", () => {
    expect(checkCompensation(delivered, refund(5_001))).toMatchObject({
      ok: true,
      needsApproval: true,
    });
  });

  it("lets a supervisor approve larger refunds alone", () => {
    expect(checkCompensation(delivered, refund(9_000, { role: "SUPERVISOR" }))).toMatchObject({
      needsApproval: false,
    });
  });

  it("uses the store's approval threshold when it is lower than the role's limit", () => {
    expect(checkCompensation(delivered, refund(3_000), 2_000)).toMatchObject({
      needsApproval: true,
      limitCents: 2_000,
    });
  });

  it("never refunds more than what is left of the payment", () => {
    const partly = { ...delivered, refundedCents: 10_000 };
    const d = checkCompensation(partly, refund(2_001, { role: "PLATFORM_ADMIN" }));
    expect(d).toMatchObject({ ok: false, code: "validation", field: "amountCents" });
    expect(checkCompensation(partly, refund(2_000))).toMatchObject({ ok: true });
  });

  it("refuses the delivery fee twice", () => {
    const once = { ...delivered, refundedCents: 500, deliveryFeeRefunded: true };
    expect(checkCompensation(once, refund(500, { includesDeliveryFee: true }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("refuses item refunds before the order has left the store, and anything once refunded", () => {
    expect(checkCompensation({ ...delivered, status: "PREPARING" }, refund(1_000))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(checkCompensation({ ...delivered, status: "REFUNDED" }, refund(1))).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("refuses roles without a money limit and non-positive amounts", () => {
    expect(checkCompensation(delivered, refund(100, { role: "MARKETER" }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(checkCompensation(delivered, refund(0))).toMatchObject({
      ok: false,
      field: "amountCents",
    });
    expect(checkCompensation(delivered, refund(10.5))).toMatchObject({
      ok: false,
      field: "amountCents",
    });
  });

  it("caps a compensation coupon at the order's value, with the same approval limit", () => {
    const coupon = {
      kind: "COMPENSATION" as const,
      role: "SUPPORT_AGENT" as const,
      includesDeliveryFee: false,
    };
    expect(checkCompensation(delivered, { ...coupon, amountCents: 12_001 })).toMatchObject({
      ok: false,
    });
    expect(checkCompensation(delivered, { ...coupon, amountCents: 6_000 })).toMatchObject({
      ok: true,
      needsApproval: true,
    });
    expect(
      checkCompensation({ ...delivered, status: "PREPARING" }, { ...coupon, amountCents: 800 }),
    ).toMatchObject({
      ok: true,
      needsApproval: false,
    });
  });
});
