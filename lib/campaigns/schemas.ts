import { z } from "zod";
import { CampaignType, Channel } from "@/lib/generated/prisma/enums";

const cents = z.number().int().min(0).max(100_000_000);
const pct = z.number().int().min(0, "Between 0 and 100.").max(100, "Percent cannot exceed 100.");
const id = z.string().trim().min(1).max(64);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM.");

export const SEGMENTS = ["NEW", "LAPSED", "HIGH_VALUE", "MEMBER"] as const;
export type Segment = (typeof SEGMENTS)[number];

const tierSchema = z.object({ minSubtotalCents: cents, discountCents: cents });

/**
 * The JSON in `Campaign.rules`: type-specific settings plus targeting, schedule and stacking.
 * Flat and all-optional so older rows (the seed) stay readable; the type decides what is read.
 */
export const campaignRulesSchema = z.object({
  tiers: z.array(tierSchema).max(10).optional(),
  minSubtotalCents: cents.optional(),
  discountCents: cents.optional(),
  percentOff: pct.optional(),
  /** Cap on this campaign's discount per order. */
  maxDiscountCents: cents.optional(),
  itemIds: z.array(id).max(200).optional(),
  categoryIds: z.array(id).max(200).optional(),
  nth: z.number().int().min(2).max(10).optional(),
  bundlePriceCents: cents.optional(),
  waiveDeliveryFee: z.boolean().optional(),
  deliveryFeeOffCents: cents.optional(),
  firstOrderOnly: z.boolean().optional(),
  window: z.object({ from: clock, to: clock }).optional(),
  pricePercent: pct.optional(),
  maxPerOrder: z.number().int().min(1).max(99).optional(),
  memberTiers: z
    .array(
      z.object({
        tier: z.string().trim().min(1, "Give a tier name.").max(20),
        minOrders: z.number().int().min(0),
        percentOff: pct,
      }),
    )
    .max(5)
    .optional(),
  memberPrices: z.record(z.string(), cents).optional(),
  daysOfWeek: z.array(z.coerce.number().int().min(0).max(6)).max(7).optional(),
  hours: z.object({ from: clock, to: clock }).optional(),
  zoneIds: z.array(id).max(100).optional(),
  channels: z.array(z.enum(Channel)).max(4).optional(),
  segments: z.array(z.enum(SEGMENTS)).max(4).optional(),
  stackGroup: z.string().trim().max(30).optional(),
  maxTotalDiscountPct: pct.optional(),
});

export type CampaignRules = z.infer<typeof campaignRulesSchema>;

/** Reads stored rules; unreadable JSON yields null so the engine skips the campaign. */
export function parseRules(json: string): CampaignRules | null {
  try {
    const parsed = campaignRulesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Rule checks shared by the editor form, the action and the API. */
export function checkRules(
  type: CampaignType,
  rules: CampaignRules,
  add: (path: string, message: string) => void,
): void {
  if (type === "THRESHOLD") {
    if (!rules.tiers?.length) add("rules.tiers", "Add at least one tier.");
    rules.tiers?.forEach((t, i) => {
      if (t.discountCents >= t.minSubtotalCents) {
        add(`rules.tiers.${i}.discountCents`, "The discount must be below the threshold.");
      }
    });
  }
  if (
    (type === "COUPON" || type === "NEW_CUSTOMER" || type === "FIXED_OFF") &&
    rules.discountCents === undefined &&
    rules.percentOff === undefined
  ) {
    add("rules.discountCents", "Give an amount or a percent off.");
  }
  if (
    rules.minSubtotalCents !== undefined &&
    rules.discountCents !== undefined &&
    rules.minSubtotalCents > 0 &&
    rules.discountCents >= rules.minSubtotalCents
  ) {
    add("rules.discountCents", "The discount must be below the threshold.");
  }
  if (type === "PERCENT_OFF" && !rules.percentOff) add("rules.percentOff", "Give a percent off.");
  if (type === "NTH_ITEM" && !rules.nth) add("rules.nth", "Give which item (2nd, 3rd…).");
  if (type === "BUNDLE" && (!rules.itemIds?.length || rules.bundlePriceCents === undefined)) {
    add("rules.bundlePriceCents", "A bundle needs items and a price.");
  }
  if (type === "FLASH_SALE" && !rules.pricePercent)
    add("rules.pricePercent", "Give the sale price %.");
  if (type === "FLASH_SALE" && rules.pricePercent === 100)
    add("rules.pricePercent", "A sale price must be below 100%.");
  if (type === "BUNDLE" && (rules.itemIds?.length ?? 0) === 1)
    add("rules.itemIds", "A bundle needs at least two items.");
  if (type === "MEMBERSHIP") checkMembership(rules, add);
  if (type === "DELIVERY_FEE" && rules.waiveDeliveryFee === false) {
    if (rules.deliveryFeeOffCents === undefined || rules.deliveryFeeOffCents === 0)
      add("rules.deliveryFeeOffCents", "Give the amount off the delivery fee, or waive it.");
  }
  for (const key of ["hours", "window"] as const) {
    const w = rules[key];
    if (w && w.from === w.to) add(`rules.${key}.to`, "The end must differ from the start.");
  }
  if (rules.maxTotalDiscountPct === 0)
    add("rules.maxTotalDiscountPct", "A cap of 0% allows no discount.");
}

function checkMembership(rules: CampaignRules, add: (path: string, message: string) => void) {
  const tiers = rules.memberTiers ?? [];
  if (tiers.length === 0 && Object.keys(rules.memberPrices ?? {}).length === 0)
    add("rules.memberTiers", "Add a tier or a member price.");
  tiers.forEach((t, i) => {
    if (tiers.findIndex((o) => o.tier === t.tier) !== i)
      add(`rules.memberTiers.${i}.tier`, "Tier names must differ.");
  });
}

/** The campaign editor form, shared by react-hook-form, the server action and tests. */
export const campaignFormSchema = z
  .object({
    name: z.string().trim().min(2, "Give a name.").max(80),
    type: z.enum(CampaignType),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    storeIds: z.array(id).max(100),
    budgetCents: cents.nullable(),
    redemptionLimit: z.number().int().min(1).max(10_000_000).nullable(),
    storeSharePct: pct,
    exclusive: z.boolean(),
    priority: z.number().int().min(0).max(100),
    rules: campaignRulesSchema,
  })
  .superRefine((value, ctx) => {
    const add = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: path.split("."), message });
    if (value.endsAt <= value.startsAt) add("endsAt", "The end must be after the start.");
    checkRules(value.type, value.rules, add);
    const perOrder = value.rules.maxPerOrder;
    if (value.type === "FLASH_SALE" && perOrder && value.redemptionLimit !== null) {
      if (perOrder > value.redemptionLimit)
        add("rules.maxPerOrder", "More per order than the quantity on sale.");
    }
  });

export type CampaignFormInput = z.input<typeof campaignFormSchema>;
export type CampaignFormValues = z.output<typeof campaignFormSchema>;

export const campaignIdSchema = z.object({ campaignId: id });

export const CAMPAIGN_TRANSITIONS = ["publish", "pause", "resume", "end"] as const;
export const campaignTransitionSchema = z.object({
  campaignId: id,
  action: z.enum(CAMPAIGN_TRANSITIONS),
});

export const generateCouponsSchema = z.object({
  campaignId: id,
  count: z.number().int().min(1, "At least 1.").max(1000, "At most 1000 at a time."),
  prefix: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{0,8}$/, "Capital letters and digits, up to 8.")
    .default(""),
  maxUses: z.number().int().min(1).max(100_000),
  perCustomerLimit: z.number().int().min(1).max(100),
  /** Phones of customers to issue one coupon each to; empty = open codes. */
  customerPhones: z.array(z.string().trim().min(6).max(20)).max(1000).default([]),
});
