import { priceWithCampaigns } from "./engine";
import { cartOf, contextAt } from "./fixtures";
import { periodsOverlap, storesOverlap } from "./lifecycle";
import type { EngineCampaign, Explanation } from "./types";

/** Sample carts the editor previews a campaign on (subtotals ¥25, ¥45, ¥80). */
export const SAMPLE_SUBTOTALS = [2500, 4500, 8000] as const;

/** Discount share of a sample order beyond which publishing warns (margin line). */
export const MARGIN_LIMIT_PCT = 30;

export type CampaignWarning = {
  code: "CONFLICT" | "MARGIN" | "COUPON_OVERLAP";
  params: Record<string, string | number>;
};

/** Runs one campaign alone on the sample carts, as a new customer on the campaign's first day. */
export function previewCampaign(
  campaign: EngineCampaign,
): { subtotalCents: number; explanation: Explanation }[] {
  return SAMPLE_SUBTOTALS.map((subtotal) => {
    const cart = cartOf([{ itemId: "sample", unitPriceCents: subtotal, quantity: 1 }]);
    const ctx = contextAt(campaign.startsAt, {
      storeId: campaign.storeIds[0] ?? "any",
      preview: true,
      customer: { id: null, orderCount: 0, lastOrderAt: null, spend90dCents: 0, paidTier: null },
    });
    return {
      subtotalCents: subtotal,
      explanation: priceWithCampaigns(cart, [campaign], ctx).explanation,
    };
  });
}

/** An exclusive campaign may not overlap another exclusive one in time and stores. */
export function exclusiveClash(
  campaign: EngineCampaign,
  others: readonly EngineCampaign[],
): EngineCampaign | null {
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
    ...previewCampaign(campaign).map((p) =>
      Math.round((p.explanation.discountCents * 100) / p.subtotalCents),
    ),
  );
  if (worst > MARGIN_LIMIT_PCT)
    out.push({ code: "MARGIN", params: { pct: worst, limit: MARGIN_LIMIT_PCT } });
  return out;
}
