import type { CampaignRules } from "@/lib/campaigns/schemas";

export type CampaignKind =
  | "THRESHOLD"
  | "PERCENT_OFF"
  | "FIXED_OFF"
  | "NTH_ITEM"
  | "BUNDLE"
  | "DELIVERY_FEE"
  | "NEW_CUSTOMER"
  | "FLASH_SALE"
  | "COUPON"
  | "MEMBERSHIP";
export type CampaignState =
  "DRAFT" | "PENDING_APPROVAL" | "SCHEDULED" | "LIVE" | "PAUSED" | "ENDED";
export type SalesChannel = "STOREFRONT" | "MEITUAN" | "ELEME" | "PHONE";

/** One cart line as the engine sees it: menu-priced, with its category. */
export type EngineLine = {
  itemId: string;
  categoryId: string | null;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
};

export type EngineCart = {
  lines: readonly EngineLine[];
  subtotalCents: number;
  deliveryFeeCents: number;
  packagingFeeCents: number;
};

/** What is known about the customer at the moment of pricing. */
export type CustomerFacts = {
  id: string | null;
  /** Earlier orders that were not cancelled. */
  orderCount: number;
  lastOrderAt: Date | null;
  spend90dCents: number;
  /** A paid membership plan's tier, if any. */
  paidTier: string | null;
};

export type CouponFacts = {
  id: string;
  code: string;
  campaignId: string;
  customerId: string | null;
  maxUses: number;
  usedCount: number;
  perCustomerLimit: number;
  /** Redemptions of this coupon by this customer so far. */
  customerUses: number;
  validFrom: Date;
  validTo: Date;
};

export type EngineCampaign = {
  id: string;
  name: string;
  type: CampaignKind;
  status: CampaignState;
  startsAt: Date;
  endsAt: Date;
  /** Empty: every store. */
  storeIds: readonly string[];
  exclusive: boolean;
  priority: number;
  storeSharePct: number;
  budgetCents: number | null;
  spentCents: number;
  redemptionLimit: number | null;
  redemptionCount: number;
  rules: CampaignRules;
};

export type PricingContext = {
  storeId: string;
  zoneId: string | null;
  channel: SalesChannel;
  now: Date;
  customer: CustomerFacts;
  coupon: CouponFacts | null;
  /** Platform-wide cap on the total item discount, in percent of the subtotal. */
  maxTotalDiscountPct?: number;
  /** Editor previews: any status, dates and schedule count as met; the arithmetic is real. */
  preview?: boolean;
};

/** Codes, not prose: each renders through `campaigns.explain.<code>` with `params`. */
export type DiscountCode =
  | "THRESHOLD_TIER"
  | "PERCENT_OFF"
  | "FIXED_OFF"
  | "NTH_ITEM"
  | "BUNDLE"
  | "DELIVERY_FREE"
  | "DELIVERY_OFF"
  | "NEW_CUSTOMER"
  | "FLASH_SALE"
  | "COUPON"
  | "MEMBER_PRICE"
  | "MEMBER_TIER";

export type SkipReason =
  | "NOT_LIVE"
  | "OUT_OF_DATES"
  | "OUT_OF_SCHEDULE"
  | "STORE"
  | "ZONE"
  | "CHANNEL"
  | "SEGMENT"
  | "NEEDS_COUPON"
  | "BELOW_MINIMUM"
  | "NO_MATCH"
  | "BUDGET_EXHAUSTED"
  | "LIMIT_REACHED"
  | "EXCLUSIVE"
  | "STACK_GROUP"
  | "CAP_REACHED";

export type ExplanationLine = {
  campaignId: string;
  campaignName: string;
  code: DiscountCode;
  params: Record<string, string | number>;
  target: "ITEMS" | "DELIVERY";
  amountCents: number;
  /** The amount before the total cap or budget cut it, when they did. */
  uncappedCents: number;
  storeCostCents: number;
  platformCostCents: number;
  couponId: string | null;
  /** Units counted against the redemption limit (flash-sale units, else 1). */
  units: number;
};

export type SkippedCampaign = { campaignId: string; campaignName: string; reason: SkipReason };

export type Explanation = {
  version: 1;
  lines: ExplanationLine[];
  skipped: SkippedCampaign[];
  subtotalCents: number;
  itemDiscountCents: number;
  deliveryDiscountCents: number;
  deliveryFeeCents: number;
  packagingFeeCents: number;
  discountCents: number;
  totalCents: number;
  capPct: number;
};
