import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { dailySeries, type CampaignDay } from "@/lib/campaigns/domain/daily";

export type { CampaignDay };

/** A campaign's redemptions, cost by bearer and revenue per day, for its results chart. */
export async function getCampaignDaily(db: Db, campaignId: string): Promise<CampaignDay[]> {
  const rows = await db.redemption.findMany({
    where: { campaignId },
    select: {
      orderId: true,
      createdAt: true,
      discountCents: true,
      storeCostCents: true,
      platformCostCents: true,
      order: { select: { totalCents: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 50_000,
  });
  return dailySeries(rows.map(({ order, ...r }) => ({ ...r, orderTotalCents: order.totalCents })));
}
