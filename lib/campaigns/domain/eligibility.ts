import type { CustomerFacts, EngineCampaign, PricingContext, SkipReason } from "./types";
import type { Segment } from "@/lib/campaigns/schemas";

// Campaign schedules run on Asia/Shanghai time, which has had no daylight saving since 1991.
const LOCAL_OFFSET_MINUTES = 8 * 60;
const DAY_MINUTES = 1440;
const DAY_MS = 86_400_000;

/** Spend over 90 days that makes a customer "high value" (¥300). */
export const HIGH_VALUE_CENTS = 30_000;
export const LAPSED_DAYS = 30;

/** Local day of week (0 = Sunday) and minute of day in Asia/Shanghai. */
export function localClock(now: Date): { dayOfWeek: number; minute: number } {
  const localMinutes = Math.floor(now.getTime() / 60_000) + LOCAL_OFFSET_MINUTES;
  const minute = ((localMinutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const days = Math.floor(localMinutes / DAY_MINUTES);
  return { dayOfWeek: (((days + 4) % 7) + 7) % 7, minute };
}

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether `minute` falls in [from, to); a window past midnight (22:00–02:00) wraps. */
export function inWindow(window: { from: string; to: string }, minute: number): boolean {
  const from = clockMinutes(window.from);
  const to = clockMinutes(window.to);
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** The customer segments a customer belongs to at `now`. */
export function customerSegments(c: CustomerFacts, now: Date, tier: string | null): Segment[] {
  const out: Segment[] = [];
  if (c.orderCount === 0) out.push("NEW");
  if (c.lastOrderAt && now.getTime() - c.lastOrderAt.getTime() > LAPSED_DAYS * DAY_MS) {
    out.push("LAPSED");
  }
  if (c.spend90dCents >= HIGH_VALUE_CENTS) out.push("HIGH_VALUE");
  if (tier) out.push("MEMBER");
  return out;
}

/** A membership campaign's tier for the customer: a paid plan first, else order history. */
export function memberTier(campaign: EngineCampaign, c: CustomerFacts): string | null {
  if (c.paidTier) return c.paidTier;
  const tiers = [...(campaign.rules.memberTiers ?? [])].sort((a, b) => b.minOrders - a.minOrders);
  return tiers.find((t) => c.orderCount >= t.minOrders)?.tier ?? null;
}

/** Why a campaign does not apply to this order at all, or null if it may. */
export function whyNotEligible(campaign: EngineCampaign, ctx: PricingContext): SkipReason | null {
  const r = campaign.rules;
  const live = campaign.status === "LIVE" || campaign.status === "SCHEDULED";
  if (!ctx.preview) {
    if (!live) return "NOT_LIVE";
    if (ctx.now < campaign.startsAt || ctx.now >= campaign.endsAt) return "OUT_OF_DATES";
    const { dayOfWeek, minute } = localClock(ctx.now);
    if (r.daysOfWeek?.length && !r.daysOfWeek.includes(dayOfWeek)) return "OUT_OF_SCHEDULE";
    if (r.hours && !inWindow(r.hours, minute)) return "OUT_OF_SCHEDULE";
    if (r.window && !inWindow(r.window, minute)) return "OUT_OF_SCHEDULE";
  }
  if (campaign.storeIds.length > 0 && !campaign.storeIds.includes(ctx.storeId)) return "STORE";
  if (r.zoneIds?.length && (ctx.zoneId === null || !r.zoneIds.includes(ctx.zoneId))) return "ZONE";
  if (r.channels?.length && !r.channels.includes(ctx.channel)) return "CHANNEL";
  const tier =
    campaign.type === "MEMBERSHIP" ? memberTier(campaign, ctx.customer) : ctx.customer.paidTier;
  if (r.segments?.length) {
    const mine = customerSegments(ctx.customer, ctx.now, tier);
    if (!r.segments.some((s) => mine.includes(s))) return "SEGMENT";
  }
  if (
    campaign.type === "NEW_CUSTOMER" &&
    r.firstOrderOnly !== false &&
    ctx.customer.orderCount > 0
  ) {
    return "SEGMENT";
  }
  if (campaign.type === "MEMBERSHIP" && tier === null) return "SEGMENT";
  if (campaign.type === "COUPON" && ctx.coupon?.campaignId !== campaign.id) return "NEEDS_COUPON";
  if (campaign.budgetCents !== null && campaign.spentCents >= campaign.budgetCents) {
    return "BUDGET_EXHAUSTED";
  }
  if (campaign.redemptionLimit !== null && campaign.redemptionCount >= campaign.redemptionLimit) {
    return "LIMIT_REACHED";
  }
  return null;
}

export type CouponProblem =
  | "COUPON_UNKNOWN"
  | "COUPON_NOT_YET_VALID"
  | "COUPON_EXPIRED"
  | "COUPON_FOREIGN"
  | "COUPON_USED_UP"
  | "COUPON_CUSTOMER_LIMIT"
  | "COUPON_NOT_APPLICABLE";

/** Checks a coupon the customer presented; a problem is an error at intake, never a skip. */
export function couponProblem(
  ctx: PricingContext,
  campaign: EngineCampaign | undefined,
): CouponProblem | null {
  const coupon = ctx.coupon;
  if (!coupon || !campaign) return "COUPON_UNKNOWN";
  if (ctx.now < coupon.validFrom) return "COUPON_NOT_YET_VALID";
  if (ctx.now >= coupon.validTo || ctx.now >= campaign.endsAt) return "COUPON_EXPIRED";
  if (coupon.customerId !== null && coupon.customerId !== ctx.customer.id) return "COUPON_FOREIGN";
  if (coupon.usedCount >= coupon.maxUses) return "COUPON_USED_UP";
  if (coupon.customerUses >= coupon.perCustomerLimit) return "COUPON_CUSTOMER_LIMIT";
  return null;
}
