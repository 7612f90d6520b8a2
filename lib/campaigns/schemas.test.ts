import { describe, expect, it } from "vitest";
import { campaignFormSchema, type CampaignFormInput } from "./schemas";

const base: CampaignFormInput = {
  name: "限时秒杀",
  type: "FLASH_SALE",
  startsAt: new Date("2026-11-24T00:00:00Z"),
  endsAt: new Date("2026-11-30T00:00:00Z"),
  storeIds: ["S1"],
  budgetCents: null,
  redemptionLimit: 20,
  storeSharePct: 50,
  exclusive: false,
  priority: 0,
  rules: {
    pricePercent: 50,
    maxPerOrder: 2,
    categoryIds: ["C1"],
    hours: { from: "11:00", to: "14:00" },
  },
};

/** The field paths the shared schema reports for these values (what the form shows). */
function errorPaths(over: Partial<CampaignFormInput>, rules: CampaignFormInput["rules"] = {}) {
  const parsed = campaignFormSchema.safeParse({
    ...base,
    ...over,
    rules: { ...base.rules, ...rules },
  });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
}

describe("campaign form schema: the new editor fields", () => {
  it("accepts a flash sale on a category with daily hours and days of week", () => {
    expect(
      errorPaths({}, { daysOfWeek: [1, 2, 3, 4, 5], zoneIds: ["Z1"], segments: ["LAPSED"] }),
    ).toEqual([]);
  });

  it("reports bad schedule hours on the half that is wrong", () => {
    expect(errorPaths({}, { hours: { from: "11:00", to: "" } })).toEqual(["rules.hours.to"]);
    expect(errorPaths({}, { hours: { from: "25:00", to: "14:00" } })).toEqual(["rules.hours.from"]);
    expect(errorPaths({}, { hours: { from: "11:00", to: "11:00" } })).toEqual(["rules.hours.to"]);
    expect(errorPaths({}, { window: { from: "12:00", to: "12:00" } })).toEqual(["rules.window.to"]);
    expect(errorPaths({}, { daysOfWeek: [7] })).toEqual(["rules.daysOfWeek.0"]);
  });

  it("refuses a flash sale at full price or selling more per order than there are units", () => {
    expect(errorPaths({}, { pricePercent: 100 })).toEqual(["rules.pricePercent"]);
    expect(errorPaths({}, { pricePercent: 120 })).toEqual(["rules.pricePercent"]);
    expect(errorPaths({ redemptionLimit: 1 }, { maxPerOrder: 3 })).toEqual(["rules.maxPerOrder"]);
  });

  it("needs two bundle items, a tier or member price, and a delivery amount when not waived", () => {
    const bundle = { type: "BUNDLE" as const };
    expect(errorPaths(bundle, { itemIds: ["a"], bundlePriceCents: 900 })).toEqual([
      "rules.itemIds",
    ]);
    expect(errorPaths(bundle, { itemIds: ["a", "b"], bundlePriceCents: 900 })).toEqual([]);
    const member = { type: "MEMBERSHIP" as const };
    expect(errorPaths(member)).toEqual(["rules.memberTiers"]);
    expect(
      errorPaths(member, {
        memberTiers: [
          { tier: "Gold", minOrders: 5, percentOff: 10 },
          { tier: "Gold", minOrders: 9, percentOff: 101 },
        ],
      }),
    ).toEqual(
      expect.arrayContaining(["rules.memberTiers.1.percentOff", "rules.memberTiers.1.tier"]),
    );
    expect(errorPaths(member, { memberPrices: { a: 500 } })).toEqual([]);
    const delivery = { type: "DELIVERY_FEE" as const };
    expect(errorPaths(delivery, { waiveDeliveryFee: false })).toEqual([
      "rules.deliveryFeeOffCents",
    ]);
    expect(errorPaths(delivery, { waiveDeliveryFee: false, deliveryFeeOffCents: 300 })).toEqual([]);
  });

  it("checks stacking and cost split: caps within 1–100 %, share within 0–100 %", () => {
    expect(errorPaths({}, { maxTotalDiscountPct: 0 })).toEqual(["rules.maxTotalDiscountPct"]);
    expect(errorPaths({}, { maxTotalDiscountPct: 150 })).toEqual(["rules.maxTotalDiscountPct"]);
    expect(errorPaths({ storeSharePct: 101 })).toEqual(["storeSharePct"]);
    expect(errorPaths({ priority: 2 }, { stackGroup: "lunch", maxDiscountCents: 1500 })).toEqual(
      [],
    );
  });
});
