import { rawDiscounts } from "./discounts";
import { couponProblem, whyNotEligible, type CouponProblem } from "./eligibility";
import type {
  EngineCampaign,
  EngineCart,
  Explanation,
  ExplanationLine,
  PricingContext,
  SkippedCampaign,
} from "./types";

export type PricingResult = { explanation: Explanation; couponProblem: CouponProblem | null };

/** Stacking order: higher priority first, then id, so equal priorities are still deterministic. */
export function stackingOrder(campaigns: readonly EngineCampaign[]): EngineCampaign[] {
  return [...campaigns].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function split(amount: number, storeSharePct: number) {
  const store = Math.round((amount * storeSharePct) / 100);
  return { storeCostCents: store, platformCostCents: amount - store };
}

/**
 * The one pricing engine: applies the campaigns to a menu-priced cart and explains every
 * discount line by line. Used by order intake, the phone-order preview and the campaign
 * editor's preview, so all three agree.
 *
 * Rules, in order: eligibility (status, dates, weekday/hours in Asia/Shanghai, store, zone,
 * channel, segment, coupon, budget and limit left); campaigns in stacking order (priority,
 * then id); an exclusive campaign that earns a discount applies alone; one campaign per stack
 * group; each campaign's discount is cut to its per-order cap, its budget left, the items
 * or delivery fee still unpaid, and the total cap (the lowest `maxTotalDiscountPct` of the
 * campaigns applied and the context, in percent of the subtotal). Totals are never negative.
 */
export function priceWithCampaigns(
  cart: EngineCart,
  campaigns: readonly EngineCampaign[],
  ctx: PricingContext,
): PricingResult {
  const skipped: SkippedCampaign[] = [];
  const skip = (c: EngineCampaign, reason: SkippedCampaign["reason"]) =>
    skipped.push({ campaignId: c.id, campaignName: c.name, reason });

  const couponCampaign = ctx.coupon
    ? campaigns.find((c) => c.id === ctx.coupon?.campaignId)
    : undefined;
  const problem = ctx.coupon ? couponProblem(ctx, couponCampaign) : null;
  const usable = problem ? { ...ctx, coupon: null } : ctx;

  const earning: { campaign: EngineCampaign; raw: ReturnType<typeof rawDiscounts> & object }[] = [];
  for (const campaign of stackingOrder(campaigns)) {
    const why = whyNotEligible(campaign, usable);
    if (why) {
      skip(campaign, why);
      continue;
    }
    const raw = rawDiscounts(campaign, cart, usable);
    if (raw === null || raw.length === 0) {
      const below = campaign.rules.minSubtotalCents !== undefined || campaign.type === "THRESHOLD";
      skip(campaign, below ? "BELOW_MINIMUM" : "NO_MATCH");
      continue;
    }
    earning.push({ campaign, raw });
  }
  let couponApplies = false;
  const exclusive = earning.find((e) => e.campaign.exclusive);
  const lines: ExplanationLine[] = [];
  const groups = new Set<string>();
  let capPct = Math.min(100, ctx.maxTotalDiscountPct ?? 100);
  let itemDiscount = 0;
  let deliveryDiscount = 0;

  for (const { campaign, raw } of earning) {
    if (exclusive && exclusive.campaign !== campaign) {
      skip(campaign, "EXCLUSIVE");
      continue;
    }
    const group = campaign.rules.stackGroup;
    if (group && groups.has(group)) {
      skip(campaign, "STACK_GROUP");
      continue;
    }
    const cap = Math.min(capPct, campaign.rules.maxTotalDiscountPct ?? 100);
    const capCents = Math.floor((cart.subtotalCents * cap) / 100);
    let budgetLeft =
      campaign.budgetCents === null ? Infinity : campaign.budgetCents - campaign.spentCents;
    let perOrderLeft = campaign.rules.maxDiscountCents ?? Infinity;
    const granted: ExplanationLine[] = [];
    let items = itemDiscount;
    let delivery = deliveryDiscount;
    for (const d of raw) {
      const room =
        d.target === "ITEMS"
          ? Math.min(cart.subtotalCents - items, capCents - items)
          : cart.deliveryFeeCents - delivery;
      const amount = Math.max(0, Math.min(d.amountCents, room, budgetLeft, perOrderLeft));
      if (amount === 0) continue;
      budgetLeft -= amount;
      perOrderLeft -= amount;
      if (d.target === "ITEMS") items += amount;
      else delivery += amount;
      granted.push({
        campaignId: campaign.id,
        campaignName: campaign.name,
        code: d.code,
        params: d.params,
        target: d.target,
        amountCents: amount,
        uncappedCents: d.amountCents,
        ...split(amount, campaign.storeSharePct),
        couponId: campaign.type === "COUPON" ? (usable.coupon?.id ?? null) : null,
        units: d.units,
      });
    }
    if (granted.length === 0) {
      skip(campaign, "CAP_REACHED");
      continue;
    }
    lines.push(...granted);
    itemDiscount = items;
    deliveryDiscount = delivery;
    capPct = cap;
    if (group) groups.add(group);
    if (campaign.type === "COUPON") couponApplies = true;
  }

  const discountCents = itemDiscount + deliveryDiscount;
  const totalCents =
    cart.subtotalCents -
    itemDiscount +
    cart.deliveryFeeCents -
    deliveryDiscount +
    cart.packagingFeeCents;
  return {
    couponProblem:
      problem ?? (ctx.coupon && !couponApplies ? couponSkipProblem(skipped, ctx) : null),
    explanation: {
      version: 1,
      lines,
      skipped,
      subtotalCents: cart.subtotalCents,
      itemDiscountCents: itemDiscount,
      deliveryDiscountCents: deliveryDiscount,
      deliveryFeeCents: cart.deliveryFeeCents,
      packagingFeeCents: cart.packagingFeeCents,
      discountCents,
      totalCents,
      capPct,
    },
  };
}

/**
 * A presented coupon that could not apply: its own terms (store, minimum, schedule…) make it an
 * error; losing to an exclusive campaign, its stack group or the cap does not.
 */
function couponSkipProblem(skipped: readonly SkippedCampaign[], ctx: PricingContext) {
  const mine = skipped.find((s) => s.campaignId === ctx.coupon?.campaignId);
  if (mine && ["EXCLUSIVE", "STACK_GROUP", "CAP_REACHED"].includes(mine.reason)) return null;
  return "COUPON_NOT_APPLICABLE" as const;
}
