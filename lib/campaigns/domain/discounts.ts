import { memberTier } from "./eligibility";
import type { DiscountCode, EngineCampaign, EngineCart, EngineLine, PricingContext } from "./types";

/** A discount a campaign earns before caps, budget and stacking are applied. */
export type RawDiscount = {
  code: DiscountCode;
  params: Record<string, string | number>;
  target: "ITEMS" | "DELIVERY";
  amountCents: number;
  units: number;
};

function targeted(campaign: EngineCampaign, cart: EngineCart): EngineLine[] {
  const { itemIds, categoryIds } = campaign.rules;
  if (!itemIds?.length && !categoryIds?.length) return [...cart.lines];
  return cart.lines.filter(
    (l) =>
      (itemIds?.includes(l.itemId) ?? false) ||
      (l.categoryId !== null && (categoryIds?.includes(l.categoryId) ?? false)),
  );
}

const sum = (lines: readonly EngineLine[]) => lines.reduce((s, l) => s + l.lineTotalCents, 0);
const pctOf = (cents: number, pct: number) => Math.floor((cents * pct) / 100);

/** Amount or percent off a base, whichever the rules give (amount wins). */
function offBase(campaign: EngineCampaign, base: number): { amount: number; param: number } {
  const r = campaign.rules;
  if (r.discountCents !== undefined) return { amount: r.discountCents, param: r.discountCents };
  return { amount: pctOf(base, r.percentOff ?? 0), param: r.percentOff ?? 0 };
}

function unitsByPrice(lines: readonly EngineLine[]): number[] {
  return lines
    .flatMap((l) => Array.from({ length: l.quantity }, () => l.unitPriceCents))
    .sort((a, b) => b - a);
}

/**
 * What one campaign would take off this cart, or null if the cart does not meet its terms.
 * Pure arithmetic on menu prices; the engine decides what of it is granted.
 */
export function rawDiscounts(
  campaign: EngineCampaign,
  cart: EngineCart,
  ctx: PricingContext,
): RawDiscount[] | null {
  const r = campaign.rules;
  if (r.minSubtotalCents !== undefined && cart.subtotalCents < r.minSubtotalCents) return null;
  const items = (code: DiscountCode, amountCents: number, params = {}, units = 1): RawDiscount[] =>
    amountCents > 0 ? [{ code, params, target: "ITEMS", amountCents, units }] : [];
  switch (campaign.type) {
    case "THRESHOLD": {
      const tier = [...(r.tiers ?? [])]
        .sort((a, b) => b.minSubtotalCents - a.minSubtotalCents)
        .find((t) => cart.subtotalCents >= t.minSubtotalCents);
      if (!tier) return null;
      return items("THRESHOLD_TIER", tier.discountCents, {
        min: tier.minSubtotalCents,
        off: tier.discountCents,
      });
    }
    case "PERCENT_OFF": {
      const base = sum(targeted(campaign, cart));
      return items("PERCENT_OFF", pctOf(base, r.percentOff ?? 0), { pct: r.percentOff ?? 0 });
    }
    case "FIXED_OFF": {
      const base = sum(targeted(campaign, cart));
      if (base === 0) return null;
      const { amount, param } = offBase(campaign, base);
      return items("FIXED_OFF", Math.min(base, amount), { off: param });
    }
    case "NTH_ITEM": {
      const n = r.nth ?? 2;
      const pct = r.percentOff ?? 50;
      const units = unitsByPrice(targeted(campaign, cart));
      // The cheaper unit of each group of n gets the discount.
      const off = units.filter((_, i) => (i + 1) % n === 0).reduce((s, u) => s + pctOf(u, pct), 0);
      return items("NTH_ITEM", off, { n, pct });
    }
    case "BUNDLE": {
      const ids = r.itemIds ?? [];
      if (ids.length === 0 || r.bundlePriceCents === undefined) return null;
      const lineOf = (id: string) => cart.lines.filter((l) => l.itemId === id);
      const count = Math.min(...ids.map((id) => lineOf(id).reduce((s, l) => s + l.quantity, 0)));
      if (count <= 0) return null;
      const full = ids.reduce((s, id) => s + (lineOf(id)[0]?.unitPriceCents ?? 0), 0);
      const off = Math.max(0, full - r.bundlePriceCents) * count;
      return items("BUNDLE", off, { price: r.bundlePriceCents, count });
    }
    case "DELIVERY_FEE": {
      const fee = cart.deliveryFeeCents;
      const waive = r.waiveDeliveryFee ?? r.deliveryFeeOffCents === undefined;
      const amount = waive ? fee : Math.min(fee, r.deliveryFeeOffCents ?? 0);
      if (amount <= 0) return null;
      const code = waive ? "DELIVERY_FREE" : "DELIVERY_OFF";
      return [{ code, params: { off: amount }, target: "DELIVERY", amountCents: amount, units: 1 }];
    }
    case "NEW_CUSTOMER": {
      const { amount, param } = offBase(campaign, cart.subtotalCents);
      return items("NEW_CUSTOMER", amount, { off: param });
    }
    case "COUPON": {
      const { amount, param } = offBase(campaign, cart.subtotalCents);
      return items("COUPON", amount, { code: ctx.coupon?.code ?? "", off: param });
    }
    case "FLASH_SALE": {
      const pct = 100 - (r.pricePercent ?? 100);
      const left =
        campaign.redemptionLimit === null
          ? Infinity
          : campaign.redemptionLimit - campaign.redemptionCount;
      const take = Math.min(r.maxPerOrder ?? Infinity, left);
      const units = unitsByPrice(targeted(campaign, cart)).slice(0, Math.max(0, take));
      const off = units.reduce((s, u) => s + pctOf(u, pct), 0);
      return items(
        "FLASH_SALE",
        off,
        { pct: r.pricePercent ?? 100, units: units.length },
        units.length,
      );
    }
    case "MEMBERSHIP": {
      const tier = memberTier(campaign, ctx.customer) ?? "";
      const prices = r.memberPrices ?? {};
      const priceOff = cart.lines.reduce((s, l) => {
        const member = prices[l.itemId];
        return member === undefined ? s : s + Math.max(0, l.unitPriceCents - member) * l.quantity;
      }, 0);
      const pct = r.memberTiers?.find((t) => t.tier === tier)?.percentOff ?? 0;
      const pctOff = pctOf(cart.subtotalCents - priceOff, pct);
      return [
        ...items("MEMBER_PRICE", priceOff, { tier }),
        ...items("MEMBER_TIER", pctOff, { tier, pct }),
      ];
    }
  }
}
