import { describe, expect, it } from "vitest";
import { priceCart, type MenuItemPrice } from "./pricing";

const tea: MenuItemPrice = {
  id: "tea",
  nameZh: "奶茶",
  nameEn: "Milk tea",
  priceCents: 1500,
  available: true,
  groups: [
    {
      id: "size",
      nameEn: "Size",
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: "m", nameZh: "中杯", nameEn: "Medium", priceDeltaCents: 0, soldOut: false },
        { id: "l", nameZh: "大杯", nameEn: "Large", priceDeltaCents: 300, soldOut: false },
      ],
    },
    {
      id: "top",
      nameEn: "Toppings",
      minChoices: 0,
      maxChoices: 2,
      options: [
        { id: "pearl", nameZh: "珍珠", nameEn: "Pearls", priceDeltaCents: 200, soldOut: false },
        { id: "jelly", nameZh: "椰果", nameEn: "Jelly", priceDeltaCents: 100, soldOut: false },
        { id: "cream", nameZh: "奶盖", nameEn: "Cream", priceDeltaCents: 400, soldOut: true },
      ],
    },
  ],
};
const rice: MenuItemPrice = { ...tea, id: "rice", nameEn: "Rice", priceCents: 200, groups: [] };
const menu = new Map(
  [tea, rice, { ...rice, id: "gone", nameEn: "Gone", available: false }].map((i) => [i.id, i]),
);
const fees = { packagingFeeCents: 100, deliveryFeeCents: 500, minOrderCents: 2000 };

describe("priceCart", () => {
  it("recomputes lines from item prices and option deltas, then fees", () => {
    const result = priceCart({
      lines: [
        { itemId: "tea", quantity: 2, optionIds: ["l", "pearl"] },
        { itemId: "rice", quantity: 1, optionIds: [] },
      ],
      menu,
      fees,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.quote.lines[0]).toMatchObject({ unitPriceCents: 2000, lineTotalCents: 4000 });
    expect(result.quote).toMatchObject({ subtotalCents: 4200, discountCents: 0, totalCents: 4800 });
  });

  it("names each bad line: unknown item, unavailable, option rules, sold-out option", () => {
    const result = priceCart({
      lines: [
        { itemId: "nope", quantity: 1, optionIds: [] },
        { itemId: "gone", quantity: 1, optionIds: [] },
        { itemId: "tea", quantity: 1, optionIds: [] },
        { itemId: "tea", quantity: 1, optionIds: ["m", "l", "cream", "x"] },
      ],
      menu,
      fees,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields["items[0].itemId"]).toEqual(["Unknown menu item nope."]);
    expect(result.fields["items[1].itemId"]).toEqual(["Gone is not available right now."]);
    expect(result.fields["items[2].optionIds"]).toEqual(['Choose 1 of "Size" (got 0).']);
    expect(result.fields["items[3].optionIds"]).toEqual([
      "Unknown option x for Milk tea.",
      'Choose 1 of "Size" (got 2).',
      "Cream is sold out.",
    ]);
  });

  it("refuses a basket under the minimum order", () => {
    const result = priceCart({
      lines: [{ itemId: "rice", quantity: 1, optionIds: [] }],
      menu,
      fees,
    });
    expect(result).toEqual({
      ok: false,
      fields: { items: ["The minimum order here is 2000 fen; the items come to 200."] },
    });
  });

  it("applies campaign rules through the same entry point, never below zero", () => {
    const result = priceCart({
      lines: [{ itemId: "tea", quantity: 2, optionIds: ["m"] }],
      menu,
      fees,
      campaigns: [
        (cart) => ({ code: "HALF", label: "Half off", amountCents: cart.subtotalCents / 2 }),
        () => ({ code: "BIG", label: "Too big", amountCents: 99_999 }),
      ],
    });
    expect(result.ok && result.quote).toMatchObject({ discountCents: 3000, totalCents: 600 });
  });
});
