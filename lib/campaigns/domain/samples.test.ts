import { describe, expect, it } from "vitest";
import { campaignFormSchema, type CampaignFormInput } from "@/lib/campaigns/schemas";
import type { CampaignKind, EngineCampaign } from "./types";
import { previewCampaign } from "./warnings";
import type { CatalogueItem } from "./samples";

// A small menu in two stores: skewers (category C-MEAT) and drinks in S1, one item in S2.
const catalogue: CatalogueItem[] = [
  { id: "lamb", storeId: "S1", categoryId: "C-MEAT", priceCents: 600 },
  { id: "beef", storeId: "S1", categoryId: "C-MEAT", priceCents: 800 },
  { id: "cola", storeId: "S1", categoryId: "C-DRINK", priceCents: 500 },
  { id: "far", storeId: "S2", categoryId: "C-OTHER", priceCents: 900 },
];

function draft(type: CampaignKind, rules: CampaignFormInput["rules"]): EngineCampaign {
  const values = campaignFormSchema.parse({
    name: `preview ${type}`,
    type,
    startsAt: new Date("2026-11-24T00:00:00Z"),
    endsAt: new Date("2026-11-30T00:00:00Z"),
    storeIds: ["S1"],
    budgetCents: null,
    redemptionLimit: type === "FLASH_SALE" ? 50 : null,
    storeSharePct: 50,
    exclusive: false,
    priority: 0,
    rules,
  } satisfies CampaignFormInput);
  return { ...values, id: "draft", status: "DRAFT", spentCents: 0, redemptionCount: 0 };
}

// One valid set of terms per campaign type, as the editor can build them.
const EVERY_TYPE: [CampaignKind, CampaignFormInput["rules"]][] = [
  ["THRESHOLD", { tiers: [{ minSubtotalCents: 3000, discountCents: 500 }] }],
  ["PERCENT_OFF", { percentOff: 20, categoryIds: ["C-MEAT"] }],
  ["FIXED_OFF", { discountCents: 300, itemIds: ["beef"] }],
  ["NTH_ITEM", { nth: 2, percentOff: 50, categoryIds: ["C-MEAT"] }],
  ["BUNDLE", { itemIds: ["lamb", "cola"], bundlePriceCents: 900 }],
  ["DELIVERY_FEE", { waiveDeliveryFee: true }],
  ["NEW_CUSTOMER", { discountCents: 800, segments: ["NEW"] }],
  ["FLASH_SALE", { pricePercent: 50, maxPerOrder: 2, categoryIds: ["C-MEAT"] }],
  ["COUPON", { discountCents: 500 }],
  ["MEMBERSHIP", { memberTiers: [{ tier: "Gold", minOrders: 5, percentOff: 10 }] }],
];

describe("editor preview", () => {
  it("previews untargeted campaigns on the ¥25/¥45/¥80 sample carts", () => {
    const carts = previewCampaign(draft("THRESHOLD", EVERY_TYPE[0]?.[1] ?? {}), catalogue);
    expect(carts.map((c) => c.subtotalCents)).toEqual([2500, 4500, 8000]);
    expect(carts.map((c) => c.explanation.discountCents)).toEqual([0, 500, 500]);
  });

  it.each(EVERY_TYPE)("gives a %s campaign built in the editor a discount", (type, rules) => {
    const carts = previewCampaign(draft(type, rules), catalogue);
    const best = Math.max(...carts.map((c) => c.explanation.discountCents));
    expect(best).toBeGreaterThan(0);
    // Only this campaign applies, and nothing ever goes negative.
    for (const c of carts) {
      expect(c.explanation.totalCents).toBeGreaterThanOrEqual(0);
      expect(new Set(c.explanation.lines.map((l) => l.campaignId))).toEqual(
        new Set(c.explanation.lines.length ? ["draft"] : []),
      );
    }
  });

  it("discounts only the targeted category in a flash sale, up to the units per order", () => {
    const [one, two, three] = previewCampaign(
      draft("FLASH_SALE", EVERY_TYPE[7]?.[1] ?? {}),
      catalogue,
    );
    // One of each skewer plus a cola: the two skewers at half price (¥3 + ¥4 off).
    expect(one?.subtotalCents).toBe(600 + 800 + 500);
    expect(one?.explanation.lines).toEqual([
      expect.objectContaining({ code: "FLASH_SALE", amountCents: 700, units: 2 }),
    ]);
    // Two of each: still 2 units per order, the dearest first (2 × beef ¥4).
    expect(two?.explanation.itemDiscountCents).toBe(800);
    expect(three?.explanation.itemDiscountCents).toBe(800);
  });

  it("needs two of the category before an Nth-item discount shows", () => {
    const [one, two] = previewCampaign(draft("NTH_ITEM", EVERY_TYPE[3]?.[1] ?? {}), catalogue);
    expect(one?.explanation.discountCents).toBe(300); // lamb is the 2nd of beef, lamb
    expect(two?.explanation.discountCents).toBe(400 + 300); // beef, beef, lamb, lamb
  });

  it("prices a bundle from the picked items and member prices for a paid member", () => {
    const [bundle] = previewCampaign(draft("BUNDLE", EVERY_TYPE[4]?.[1] ?? {}), catalogue);
    expect(bundle?.explanation.lines[0]).toMatchObject({ code: "BUNDLE", amountCents: 200 });
    const [member] = previewCampaign(
      draft("MEMBERSHIP", { memberPrices: { beef: 650 } }),
      catalogue,
    );
    expect(member?.explanation.lines[0]).toMatchObject({ code: "MEMBER_PRICE", amountCents: 150 });
  });

  it("previews for a customer in the campaign's segment and zone", () => {
    const lapsed = previewCampaign(
      draft("FIXED_OFF", { discountCents: 500, segments: ["LAPSED"], zoneIds: ["Z9"] }),
      catalogue,
    );
    expect(lapsed[0]?.explanation.discountCents).toBe(500);
    const rich = previewCampaign(
      draft("PERCENT_OFF", { percentOff: 10, segments: ["HIGH_VALUE"] }),
      catalogue,
    );
    expect(rich[1]?.explanation.discountCents).toBe(450);
  });
});
