import { describe, expect, it } from "vitest";
import { priceWithCampaigns } from "./engine";
import { campaign, cartOf, contextAt, returningCustomer } from "./fixtures";

// Tuesday 2026-11-24 12:30 in Shanghai.
const noon = new Date("2026-11-24T04:30:00Z");
const threshold = campaign({
  id: "thr",
  type: "THRESHOLD",
  storeSharePct: 60,
  rules: {
    tiers: [
      { minSubtotalCents: 3000, discountCents: 500 },
      { minSubtotalCents: 5000, discountCents: 1000 },
    ],
  },
});

describe("priceWithCampaigns", () => {
  it("takes the highest threshold tier met and splits the cost store/platform", () => {
    const cart = cartOf([{ itemId: "a", unitPriceCents: 2600, quantity: 2 }]);
    const { explanation } = priceWithCampaigns(cart, [threshold], contextAt(noon));
    expect(explanation.lines).toEqual([
      expect.objectContaining({
        code: "THRESHOLD_TIER",
        params: { min: 5000, off: 1000 },
        amountCents: 1000,
        storeCostCents: 600,
        platformCostCents: 400,
      }),
    ]);
    expect(explanation.totalCents).toBe(5200 - 1000 + 500 + 100);
  });

  it("explains why a campaign below its minimum did not apply", () => {
    const cart = cartOf([{ itemId: "a", unitPriceCents: 2000, quantity: 1 }]);
    const { explanation } = priceWithCampaigns(cart, [threshold], contextAt(noon));
    expect(explanation.lines).toEqual([]);
    expect(explanation.skipped).toEqual([
      { campaignId: "thr", campaignName: "thr", reason: "BELOW_MINIMUM" },
    ]);
  });

  it("lets an exclusive campaign apply alone, in priority order", () => {
    const newCustomer = campaign({
      id: "new",
      type: "NEW_CUSTOMER",
      exclusive: true,
      priority: 10,
      rules: { discountCents: 800, firstOrderOnly: true },
    });
    const cart = cartOf([{ itemId: "a", unitPriceCents: 4000, quantity: 1 }]);
    const ctx = contextAt(noon, {
      customer: { ...returningCustomer, orderCount: 0, lastOrderAt: null },
    });
    const { explanation } = priceWithCampaigns(cart, [threshold, newCustomer], ctx);
    expect(explanation.lines.map((l) => l.code)).toEqual(["NEW_CUSTOMER"]);
    expect(explanation.skipped).toContainEqual(
      expect.objectContaining({ campaignId: "thr", reason: "EXCLUSIVE" }),
    );
  });

  it("waives delivery only on the scheduled weekdays (Asia/Shanghai)", () => {
    const weekend = campaign({
      id: "del",
      type: "DELIVERY_FEE",
      rules: { waiveDeliveryFee: true, daysOfWeek: [6, 0] },
    });
    const cart = cartOf([{ itemId: "a", unitPriceCents: 3000, quantity: 1 }], 600);
    // Friday 23:30 UTC is Saturday 07:30 in Shanghai.
    const saturday = new Date("2026-11-27T23:30:00Z");
    expect(
      priceWithCampaigns(cart, [weekend], contextAt(saturday)).explanation.deliveryDiscountCents,
    ).toBe(600);
    const tuesday = priceWithCampaigns(cart, [weekend], contextAt(noon)).explanation;
    expect(tuesday.deliveryDiscountCents).toBe(0);
    expect(tuesday.skipped[0]?.reason).toBe("OUT_OF_SCHEDULE");
  });

  it("rejects an expired or foreign coupon with a problem code", () => {
    const couponCampaign = campaign({
      id: "cpn",
      type: "COUPON",
      rules: { discountCents: 1200, minSubtotalCents: 4000 },
    });
    const base = {
      id: "c1",
      code: "AUTUMN1",
      campaignId: "cpn",
      customerId: null,
      maxUses: 1,
      usedCount: 0,
      perCustomerLimit: 1,
      customerUses: 0,
      validFrom: new Date("2026-11-01T00:00:00Z"),
      validTo: new Date("2026-11-30T00:00:00Z"),
    };
    const cart = cartOf([{ itemId: "a", unitPriceCents: 4500, quantity: 1 }]);
    const ok = priceWithCampaigns(cart, [couponCampaign], contextAt(noon, { coupon: base }));
    expect(ok.couponProblem).toBeNull();
    expect(ok.explanation.lines[0]).toMatchObject({
      code: "COUPON",
      couponId: "c1",
      amountCents: 1200,
    });
    const late = new Date("2026-12-01T00:00:00Z");
    expect(
      priceWithCampaigns(cart, [couponCampaign], contextAt(late, { coupon: base })).couponProblem,
    ).toBe("COUPON_EXPIRED");
    const foreign = { ...base, customerId: "someone-else" };
    const r = priceWithCampaigns(cart, [couponCampaign], contextAt(noon, { coupon: foreign }));
    expect(r.couponProblem).toBe("COUPON_FOREIGN");
    expect(r.explanation.discountCents).toBe(0);
  });

  it("cuts a discount to the campaign's budget left and skips it when exhausted", () => {
    const cart = cartOf([{ itemId: "a", unitPriceCents: 6000, quantity: 1 }]);
    const nearlySpent = { ...threshold, budgetCents: 10_000, spentCents: 9_700 };
    expect(priceWithCampaigns(cart, [nearlySpent], contextAt(noon)).explanation.discountCents).toBe(
      300,
    );
    const spent = { ...threshold, budgetCents: 10_000, spentCents: 10_000 };
    expect(priceWithCampaigns(cart, [spent], contextAt(noon)).explanation.skipped[0]?.reason).toBe(
      "BUDGET_EXHAUSTED",
    );
  });

  it("prices the nth item, bundles, flash sales and member prices", () => {
    const cart = cartOf([
      { itemId: "a", unitPriceCents: 2000, quantity: 2 },
      { itemId: "b", unitPriceCents: 1000, quantity: 1 },
    ]);
    const nth = campaign({
      id: "nth",
      type: "NTH_ITEM",
      rules: { nth: 2, percentOff: 50, itemIds: ["a"] },
    });
    const bundle = campaign({
      id: "bun",
      type: "BUNDLE",
      rules: { itemIds: ["a", "b"], bundlePriceCents: 2500 },
    });
    const flash = campaign({
      id: "fla",
      type: "FLASH_SALE",
      redemptionLimit: 10,
      redemptionCount: 9,
      rules: { pricePercent: 70, maxPerOrder: 2, itemIds: ["a"] },
    });
    const member = campaign({
      id: "mem",
      type: "MEMBERSHIP",
      rules: {
        memberTiers: [{ tier: "GOLD", minOrders: 3, percentOff: 5 }],
        memberPrices: { b: 800 },
      },
    });
    const amounts = (c: typeof nth) =>
      priceWithCampaigns(cart, [c], contextAt(noon)).explanation.lines.map((l) => [
        l.code,
        l.amountCents,
        l.units,
      ]);
    expect(amounts(nth)).toEqual([["NTH_ITEM", 1000, 1]]);
    expect(amounts(bundle)).toEqual([["BUNDLE", 500, 1]]);
    // One flash unit left of the limit of 10: 30% off one ¥20 item.
    expect(amounts(flash)).toEqual([["FLASH_SALE", 600, 1]]);
    expect(amounts(member)).toEqual([
      ["MEMBER_PRICE", 200, 1],
      ["MEMBER_TIER", Math.floor((5000 - 200) * 0.05), 1],
    ]);
  });

  it("targets zones, channels and the lapsed segment", () => {
    const lapsedOnly = campaign({
      id: "lap",
      type: "PERCENT_OFF",
      rules: { percentOff: 10, segments: ["LAPSED"], channels: ["MEITUAN"], zoneIds: ["Z1"] },
    });
    const cart = cartOf([{ itemId: "a", unitPriceCents: 3000, quantity: 1 }]);
    const lapsed = { ...returningCustomer, lastOrderAt: new Date("2026-09-01T00:00:00Z") };
    const hit = contextAt(noon, { channel: "MEITUAN", customer: lapsed });
    expect(priceWithCampaigns(cart, [lapsedOnly], hit).explanation.discountCents).toBe(300);
    const reason = (p: Partial<typeof hit>) =>
      priceWithCampaigns(cart, [lapsedOnly], { ...hit, ...p }).explanation.skipped[0]?.reason;
    expect(reason({ channel: "ELEME" })).toBe("CHANNEL");
    expect(reason({ zoneId: "Z2" })).toBe("ZONE");
    expect(reason({ customer: returningCustomer })).toBe("SEGMENT");
  });
});
