import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import type { Explanation } from "@/lib/campaigns/domain/types";

type Tx = Prisma.TransactionClient;

/**
 * Books the discounts of a placed order against their campaigns, inside the intake
 * transaction. Budget, redemption limit (flash-sale units) and coupon uses are claimed with
 * conditional UPDATEs (`… WHERE spent + x <= cap`), so concurrent orders can never overspend:
 * a claim that finds the cap reached fails the whole order, which the channel may re-price.
 */
export async function recordRedemptions(
  tx: Tx,
  orderId: string,
  customerId: string | null,
  explanation: Explanation,
  now: Date,
): Promise<void> {
  const byCampaign = new Map<
    string,
    { amount: number; store: number; units: number; couponId: string | null }
  >();
  for (const l of explanation.lines) {
    const acc = byCampaign.get(l.campaignId) ?? { amount: 0, store: 0, units: 0, couponId: null };
    acc.amount += l.amountCents;
    acc.store += l.storeCostCents;
    acc.units = Math.max(acc.units, l.units);
    acc.couponId ??= l.couponId;
    byCampaign.set(l.campaignId, acc);
  }
  for (const [campaignId, c] of byCampaign) {
    const claimed = await tx.$executeRaw`
      UPDATE "Campaign"
      SET "spentCents" = "spentCents" + ${c.amount},
          "redemptionCount" = "redemptionCount" + ${c.units}
      WHERE "id" = ${campaignId}
        AND ("budgetCents" IS NULL OR "spentCents" + ${c.amount} <= "budgetCents")
        AND ("redemptionLimit" IS NULL OR "redemptionCount" + ${c.units} <= "redemptionLimit")`;
    if (claimed !== 1) {
      throw new AppError(
        "conflict",
        "A campaign's budget ran out while this order was placed; price it again.",
        {
          reason: "CAMPAIGN_BUDGET_EXHAUSTED",
          campaignId,
        },
      );
    }
    if (c.couponId !== null) {
      const used = await tx.$executeRaw`
        UPDATE "Coupon" SET "usedCount" = "usedCount" + 1
        WHERE "id" = ${c.couponId} AND "usedCount" < "maxUses"`;
      if (used !== 1) {
        throw new AppError("validation", "This coupon has been used up.", {
          fields: { couponCode: ["This coupon has been used up."] },
          reason: "COUPON_USED_UP",
        });
      }
    }
    await tx.redemption.create({
      data: {
        campaignId,
        couponId: c.couponId,
        orderId,
        customerId,
        discountCents: c.amount,
        storeCostCents: c.store,
        platformCostCents: c.amount - c.store,
        createdAt: now,
      },
    });
  }
}
