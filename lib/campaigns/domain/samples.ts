import { cartOf } from "./fixtures";
import { HIGH_VALUE_CENTS, LAPSED_DAYS } from "./eligibility";
import type { CustomerFacts, EngineCampaign, EngineCart } from "./types";

/** A menu item the editor can target and the preview can put in a sample cart. */
export type CatalogueItem = {
  id: string;
  storeId: string;
  categoryId: string | null;
  priceCents: number;
};

/** Sample carts the editor previews an untargeted campaign on (subtotals ¥25, ¥45, ¥80). */
export const SAMPLE_SUBTOTALS = [2500, 4500, 8000] as const;

export type SampleCart = { storeId: string | null; cart: EngineCart };

const DAY_MS = 86_400_000;

/** The catalogue items a campaign's terms name: bundle items, member-priced items or targets. */
export function targetedItems(
  c: EngineCampaign,
  catalogue: readonly CatalogueItem[],
): CatalogueItem[] {
  const r = c.rules;
  const inStores = catalogue.filter(
    (i) => c.storeIds.length === 0 || c.storeIds.includes(i.storeId),
  );
  if (c.type === "MEMBERSHIP") {
    const priced = new Set(Object.keys(r.memberPrices ?? {}));
    return inStores.filter((i) => priced.has(i.id));
  }
  const items = new Set(r.itemIds ?? []);
  const categories = new Set(r.categoryIds ?? []);
  return inStores.filter(
    (i) => items.has(i.id) || (i.categoryId !== null && categories.has(i.categoryId)),
  );
}

/**
 * Carts to preview a campaign on. Untargeted: one line at ¥25, ¥45 and ¥80. Targeted: up to
 * three targeted items of one store, one, two and three of each, plus one item it does not
 * target, so the preview shows both what is discounted and what is not.
 */
export function sampleCarts(
  c: EngineCampaign,
  catalogue: readonly CatalogueItem[] = [],
): SampleCart[] {
  const targets = targetedItems(c, catalogue);
  const first = targets[0];
  if (!first) {
    return SAMPLE_SUBTOTALS.map((s) => ({
      storeId: null,
      cart: cartOf([{ itemId: "sample", unitPriceCents: s, quantity: 1 }]),
    }));
  }
  const same = targets.filter((i) => i.storeId === first.storeId);
  const picked = c.type === "BUNDLE" ? same : same.slice(0, 3);
  const other = catalogue.find((i) => i.storeId === first.storeId && !targets.includes(i));
  return [1, 2, 3].map((quantity) => ({
    storeId: first.storeId,
    cart: cartOf([
      ...picked.map((i) => ({
        itemId: i.id,
        categoryId: i.categoryId,
        unitPriceCents: i.priceCents,
        quantity,
      })),
      ...(other
        ? [
            {
              itemId: other.id,
              categoryId: other.categoryId,
              unitPriceCents: other.priceCents,
              quantity: 1,
            },
          ]
        : []),
    ]),
  }));
}

/**
 * The customer a preview prices for: one the campaign is meant for (its first segment, the
 * top membership tier), else a new customer.
 */
export function previewCustomer(c: EngineCampaign): CustomerFacts {
  const base: CustomerFacts = {
    id: null,
    orderCount: 0,
    lastOrderAt: null,
    spend90dCents: 0,
    paidTier: null,
  };
  const segment = c.rules.segments?.[0];
  const topTier = Math.max(0, ...(c.rules.memberTiers ?? []).map((t) => t.minOrders));
  const orders = c.type === "MEMBERSHIP" ? Math.max(1, topTier) : 0;
  if (segment === "LAPSED") {
    const last = new Date(c.startsAt.getTime() - (LAPSED_DAYS + 15) * DAY_MS);
    return { ...base, orderCount: Math.max(1, orders), lastOrderAt: last };
  }
  if (segment === "HIGH_VALUE") {
    return { ...base, orderCount: Math.max(5, orders), spend90dCents: HIGH_VALUE_CENTS };
  }
  if (c.type === "MEMBERSHIP") {
    // No tier by order count: a paid plan's tier is what makes the customer a member.
    const paid = c.rules.memberTiers?.length ? null : "PAID";
    return { ...base, orderCount: orders, paidTier: paid };
  }
  return base;
}
