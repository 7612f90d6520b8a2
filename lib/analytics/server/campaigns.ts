import "server-only";
import { db } from "@/lib/platform/db";
import { ratio } from "@/lib/analytics/domain/metrics";
import { cubeWhere, rollupWhere, type AnalyticsScope } from "./scope";

export type CampaignStat = {
  campaignId: string;
  name: string;
  redemptions: number;
  costYuan: number;
  storeCostYuan: number;
  platformCostYuan: number;
  revenueYuan: number;
};

export type CampaignStats = {
  campaigns: CampaignStat[];
  /** Average paid order with a campaign vs without, and the relative difference. */
  lift: { withCampaign: number | null; without: number | null; estimate: number | null };
};

/**
 * Campaign cost, redemptions and revenue of the orders that used them; lift is estimated as
 * the relative difference in average order value with and without a campaign (observational,
 * not a controlled experiment).
 */
export async function getCampaignStats(scope: AnalyticsScope): Promise<CampaignStats> {
  const [rows, orders] = await Promise.all([
    db.analyticsCampaignDaily.groupBy({
      by: ["campaignId"],
      where: rollupWhere(scope, scope, { channel: true }),
      _sum: {
        redemptions: true,
        discountCents: true,
        storeCostCents: true,
        platformCostCents: true,
        orderGmvCents: true,
      },
      orderBy: { _sum: { redemptions: "desc" } },
    }),
    db.analyticsDaily.aggregate({
      where: cubeWhere(scope),
      _sum: {
        orders: true,
        cancelled: true,
        gmvCents: true,
        discountCents: true,
        campaignOrders: true,
        campaignGmvCents: true,
      },
    }),
  ]);
  const names = await db.campaign.findMany({
    where: { id: { in: rows.map((r) => r.campaignId) } },
    select: { id: true, name: true },
  });
  const name = new Map(names.map((c) => [c.id, c.name]));
  const s = orders._sum;
  const sold = (s.orders ?? 0) - (s.cancelled ?? 0);
  const paid = (s.gmvCents ?? 0) - (s.discountCents ?? 0);
  const withC = ratio((s.campaignGmvCents ?? 0) / 100, s.campaignOrders ?? 0);
  const without = ratio((paid - (s.campaignGmvCents ?? 0)) / 100, sold - (s.campaignOrders ?? 0));
  return {
    campaigns: rows.map((r) => ({
      campaignId: r.campaignId,
      name: name.get(r.campaignId) ?? r.campaignId,
      redemptions: r._sum.redemptions ?? 0,
      costYuan: (r._sum.discountCents ?? 0) / 100,
      storeCostYuan: (r._sum.storeCostCents ?? 0) / 100,
      platformCostYuan: (r._sum.platformCostCents ?? 0) / 100,
      revenueYuan: (r._sum.orderGmvCents ?? 0) / 100,
    })),
    lift: {
      withCampaign: withC,
      without,
      estimate: withC !== null && without !== null && without > 0 ? withC / without - 1 : null,
    },
  };
}
