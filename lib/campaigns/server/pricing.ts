import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import type { Quote } from "@/lib/orders/domain/pricing";
import { priceWithCampaigns } from "@/lib/campaigns/domain/engine";
import type { CouponProblem } from "@/lib/campaigns/domain/eligibility";
import type { EngineCart, Explanation, SalesChannel } from "@/lib/campaigns/domain/types";
import {
  findActiveCampaigns,
  loadCategories,
  loadCoupon,
  loadCustomerFacts,
} from "./pricing-inputs";

type Tx = Prisma.TransactionClient;

export type CampaignPricingInput = {
  storeId: string;
  zoneId: string | null;
  channel: SalesChannel;
  phone: string;
  couponCode?: string | undefined;
  now: Date;
};

export type CampaignQuote = Quote & { explanation: Explanation; customerId: string | null };

const COUPON_MESSAGES: Record<CouponProblem, string> = {
  COUPON_UNKNOWN: "This coupon code does not exist.",
  COUPON_NOT_YET_VALID: "This coupon is not valid yet.",
  COUPON_EXPIRED: "This coupon has expired.",
  COUPON_FOREIGN: "This coupon was issued to another customer.",
  COUPON_USED_UP: "This coupon has been used up.",
  COUPON_CUSTOMER_LIMIT: "This customer has used this coupon as often as allowed.",
  COUPON_NOT_APPLICABLE: "This coupon does not apply to this order (store, minimum or schedule).",
};

/** The engine's cart: the menu-priced lines with their categories and the fees. */
export function toEngineCart(
  quote: Quote,
  categories: ReadonlyMap<string, string | null>,
): EngineCart {
  return {
    lines: quote.lines.map((l) => ({
      itemId: l.itemId,
      categoryId: categories.get(l.itemId) ?? null,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      lineTotalCents: l.lineTotalCents,
    })),
    subtotalCents: quote.subtotalCents,
    deliveryFeeCents: quote.deliveryFeeCents,
    packagingFeeCents: quote.packagingFeeCents,
  };
}

/**
 * Runs the pricing engine on a menu-priced quote with the campaigns live for this store and
 * customer. A coupon that is unknown, expired, foreign or used up is a 422 on `couponCode`.
 */
export async function applyCampaigns(
  tx: Tx,
  quote: Quote,
  input: CampaignPricingInput,
): Promise<CampaignQuote> {
  const customer = await loadCustomerFacts(tx, input.phone, input.now);
  const code = input.couponCode?.trim();
  const coupon = code ? await loadCoupon(tx, code, { id: customer.id, phone: input.phone }) : null;
  const campaigns = await findActiveCampaigns(
    tx,
    input.storeId,
    input.now,
    coupon ? [coupon.campaignId] : [],
  );
  const categories = await loadCategories(
    tx,
    quote.lines.map((l) => l.itemId),
  );
  const { explanation, couponProblem } = priceWithCampaigns(
    toEngineCart(quote, categories),
    campaigns,
    {
      storeId: input.storeId,
      zoneId: input.zoneId,
      channel: input.channel,
      now: input.now,
      customer,
      coupon,
    },
  );
  const problem = code && !coupon ? "COUPON_UNKNOWN" : couponProblem;
  if (code && problem) {
    throw new AppError("validation", COUPON_MESSAGES[problem], {
      fields: { couponCode: [COUPON_MESSAGES[problem]] },
      reason: problem,
    });
  }
  return {
    ...quote,
    discounts: explanation.lines.map((l) => ({
      code: l.code,
      label: l.campaignName,
      amountCents: l.amountCents,
    })),
    discountCents: explanation.discountCents,
    totalCents: explanation.totalCents,
    explanation,
    customerId: customer.id,
  };
}
