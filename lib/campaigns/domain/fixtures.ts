import type { CampaignRules } from "@/lib/campaigns/schemas";
import type {
  CustomerFacts,
  EngineCampaign,
  EngineCart,
  EngineLine,
  PricingContext,
} from "./types";

/** Test and preview helpers: a campaign with defaults, a cart from lines, a plain context. */
export function campaign(
  partial: Partial<EngineCampaign> & {
    id: string;
    type: EngineCampaign["type"];
    rules: CampaignRules;
  },
): EngineCampaign {
  return {
    name: partial.id,
    status: "LIVE",
    startsAt: new Date("2026-01-01T00:00:00Z"),
    endsAt: new Date("2027-01-01T00:00:00Z"),
    storeIds: [],
    exclusive: false,
    priority: 0,
    storeSharePct: 50,
    budgetCents: null,
    spentCents: 0,
    redemptionLimit: null,
    redemptionCount: 0,
    ...partial,
  };
}

export function cartOf(
  lines: { itemId: string; unitPriceCents: number; quantity: number; categoryId?: string | null }[],
  deliveryFeeCents = 500,
  packagingFeeCents = 100,
): EngineCart {
  const full: EngineLine[] = lines.map((l) => ({
    itemId: l.itemId,
    categoryId: l.categoryId ?? null,
    quantity: l.quantity,
    unitPriceCents: l.unitPriceCents,
    lineTotalCents: l.unitPriceCents * l.quantity,
  }));
  return {
    lines: full,
    subtotalCents: full.reduce((s, l) => s + l.lineTotalCents, 0),
    deliveryFeeCents,
    packagingFeeCents,
  };
}

export const returningCustomer: CustomerFacts = {
  id: "cust-1",
  orderCount: 3,
  lastOrderAt: new Date("2026-11-20T04:00:00Z"),
  spend90dCents: 12_000,
  paidTier: null,
};

export function contextAt(now: Date, partial: Partial<PricingContext> = {}): PricingContext {
  return {
    storeId: "S1",
    zoneId: "Z1",
    channel: "STOREFRONT",
    now,
    customer: returningCustomer,
    coupon: null,
    ...partial,
  };
}
