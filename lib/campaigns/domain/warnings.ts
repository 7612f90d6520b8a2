import { priceWithCampaigns } from "./engine";
import { contextAt } from "./fixtures";
import { previewCustomer, sampleCarts, type CatalogueItem } from "./samples";
import { periodsOverlap, storesOverlap } from "./lifecycle";
import type { CouponFacts, EngineCampaign, Explanation } from "./types";

/** Discount share of a sample order beyond which publishing warns (margin line). */
export const MARGIN_LIMIT_PCT = 30;

export type CampaignWarning = {
  code: "CONFLICT" | "MARGIN" | "COUPON_OVERLAP";
  params: Record<string, string | number>;
};

export type CampaignPreviewCart = { subtotalCents: number; explanation: Explanation };

/**
 * Runs one campaign alone on sample carts (built from its targeted items when the catalogue
 * is given), for a customer it is meant for, on its first day; schedule and status count as met.
 */
export function previewCampaign(
  campaign: EngineCampaign,
  catalogue: readonly CatalogueItem[] = [],
): CampaignPreviewCart[] {
  const r = campaign.rules;
  return sampleCarts(campaign, catalogue).map(({ storeId, cart }) => {
    const ctx = contextAt(campaign.startsAt, {
      storeId: storeId ?? campaign.storeIds[0] ?? "any",
      zoneId: r.zoneIds?.[0] ?? null,
      channel: r.channels?.[0] ?? "STOREFRONT",
      preview: true,
      customer: previewCustomer(campaign),
      coupon: campaign.type === "COUPON" ? previewCoupon(campaign) : null,
    });
    return {
      subtotalCents: cart.subtotalCents,
      explanation: priceWithCampaigns(cart, [campaign], ctx).explanation,
    };
  });
}

export type ExclusiveRef = Pick<
  EngineCampaign,
  "id" | "name" | "exclusive" | "startsAt" | "endsAt" | "storeIds"
>;

/** A coupon code of the campaign, as if the customer presented one. */
function previewCoupon(campaign: EngineCampaign): CouponFacts {
  return {
    id: "preview",
    code: "PREVIEW",
    campaignId: campaign.id,
    customerId: null,
    maxUses: 1,
    usedCount: 0,
    perCustomerLimit: 1,
    customerUses: 0,
    validFrom: campaign.startsAt,
    validTo: campaign.endsAt,
  };
}

/** An exclusive campaign may not overlap another exclusive one in time and stores. */
export function exclusiveClash<T extends ExclusiveRef>(
  campaign: ExclusiveRef,
  others: readonly T[],
): T | null {
  if (!campaign.exclusive) return null;
  return (
    others.find(
      (o) =>
        o.id !== campaign.id &&
        o.exclusive &&
        periodsOverlap(o, campaign) &&
        storesOverlap(o.storeIds, campaign.storeIds),
    ) ?? null
  );
}

/** Warnings shown before publishing: overlaps with running campaigns, margin, coupon overlap. */
export function publishWarnings(
  campaign: EngineCampaign,
  running: readonly EngineCampaign[],
  catalogue: readonly CatalogueItem[] = [],
): CampaignWarning[] {
  const out: CampaignWarning[] = [];
  for (const o of running) {
    if (
      o.id === campaign.id ||
      !periodsOverlap(o, campaign) ||
      !storesOverlap(o.storeIds, campaign.storeIds)
    )
      continue;
    if (o.type === "COUPON" && campaign.type === "COUPON")
      out.push({ code: "COUPON_OVERLAP", params: { name: o.name } });
    else out.push({ code: "CONFLICT", params: { name: o.name } });
  }
  const worst = Math.max(
    0,
    ...previewCampaign(campaign, catalogue).map((p) =>
      Math.round((p.explanation.discountCents * 100) / p.subtotalCents),
    ),
  );
  if (worst > MARGIN_LIMIT_PCT)
    out.push({ code: "MARGIN", params: { pct: worst, limit: MARGIN_LIMIT_PCT } });
  return out;
}
