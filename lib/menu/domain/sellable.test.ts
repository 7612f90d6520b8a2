import { describe, expect, it } from "vitest";
import { categoryOpen, sellableOffer, type CategoryRule } from "./sellable";

// 2026-11-25 is a Wednesday; 02:00 UTC is 10:00 in Shanghai.
const WED_10AM = new Date("2026-11-25T02:00:00Z");
const item = {
  active: true,
  soldOutUntil: null,
  stockTracked: false,
  stockQty: null,
  priceCents: 2000,
  availability: null,
  channelOverrides: JSON.stringify({ MEITUAN: { priceCents: 2300 }, ELEME: { available: false } }),
};
const ctx = { now: WED_10AM, channel: null, categoryOpen: true, ingredientShort: false };

describe("sellableOffer", () => {
  it("applies the channel's price and switch", () => {
    expect(sellableOffer(item, { ...ctx, channel: "MEITUAN" })).toEqual({
      priceCents: 2300,
      available: true,
      reason: null,
    });
    expect(sellableOffer(item, { ...ctx, channel: "ELEME" }).reason).toBe("channel");
  });

  it("greys a dish whose ingredient is short, or whose category is closed", () => {
    expect(sellableOffer(item, { ...ctx, ingredientShort: true }).reason).toBe("ingredient");
    expect(sellableOffer(item, { ...ctx, categoryOpen: false }).reason).toBe("category");
  });

  it("breakfast-only on weekdays: open Wednesday 10:00 if until 10:30, closed at 11:00", () => {
    const breakfast = JSON.stringify([{ days: [1, 2, 3, 4, 5], from: "06:00", to: "10:30" }]);
    expect(sellableOffer({ ...item, availability: breakfast }, ctx).available).toBe(true);
    const later = { ...ctx, now: new Date("2026-11-25T03:00:00Z") };
    expect(sellableOffer({ ...item, availability: breakfast }, later).reason).toBe("schedule");
  });
});

describe("categoryOpen", () => {
  it("a switched-off parent closes its sub-categories", () => {
    const cats = new Map<string, CategoryRule>([
      ["p", { id: "p", parentId: null, active: false, availability: null }],
      ["c", { id: "c", parentId: "p", active: true, availability: null }],
    ]);
    expect(categoryOpen("c", cats, WED_10AM)).toBe(false);
    expect(categoryOpen(null, cats, WED_10AM)).toBe(true);
  });
});
