import "server-only";
import { db } from "@/lib/platform/db";
import { compared, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import { ALL } from "@/lib/analytics/domain/grouping-sets";
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
  lift: Lift;
  /** Every campaign together, and the lift, against the previous period of the same length. */
  kpis: {
    redemptions: Compared;
    costYuan: Compared;
    revenueYuan: Compared;
    withCampaign: Compared;
    without: Compared;
    lift: Compared;
  };
};

type Lift = { withCampaign: number | null; without: number | null; estimate: number | null };
const ORDER_SUMS = {
  orders: true,
  cancelled: true,
  gmvCents: true,
  discountCents: true,
  campaignOrders: true,
  campaignGmvCents: true,
} as const;
const CAMPAIGN_SUMS = { redemptions: true, discountCents: true, orderGmvCents: true } as const;

/** Average paid order (yuan) with and without a campaign, and the relative difference. */
function liftOf(s: { [K in keyof typeof ORDER_SUMS]: number | null }): Lift {
  const sold = (s.orders ?? 0) - (s.cancelled ?? 0);
  const paid = (s.gmvCents ?? 0) - (s.discountCents ?? 0);
  const withC = ratio((s.campaignGmvCents ?? 0) / 100, s.campaignOrders ?? 0);
  const without = ratio((paid - (s.campaignGmvCents ?? 0)) / 100, sold - (s.campaignOrders ?? 0));
  return {
    withCampaign: withC,
    without,
    estimate: withC !== null && without !== null && without > 0 ? withC / without - 1 : null,
  };
}

/** Campaign rows: the zone's rows or the every-zone ("*") ones; channel rows are detailed. */
const campaignWhere = (scope: AnalyticsScope, period: { from: string; to: string }) => ({
  ...rollupWhere(scope, period, { channel: true }),
  zoneId: scope.zoneId ?? ALL,
});

/**
 * Campaign cost, redemptions and revenue of the orders that used them; lift is estimated as
 * the relative difference in average order value with and without a campaign (observational,
 * not a controlled experiment).
 */
export async function getCampaignStats(scope: AnalyticsScope): Promise<CampaignStats> {
  const [rows, orders, before, ordersBefore] = await Promise.all([
    db.analyticsCampaignDaily.groupBy({
      by: ["campaignId"],
      where: campaignWhere(scope, scope),
      _sum: {
        redemptions: true,
        discountCents: true,
        storeCostCents: true,
        platformCostCents: true,
        orderGmvCents: true,
      },
      orderBy: { _sum: { redemptions: "desc" } },
    }),
    db.analyticsDaily.aggregate({ where: cubeWhere(scope), _sum: ORDER_SUMS }),
    db.analyticsCampaignDaily.aggregate({
      where: campaignWhere(scope, scope.previous),
      _sum: CAMPAIGN_SUMS,
    }),
    db.analyticsDaily.aggregate({ where: cubeWhere(scope, scope.previous), _sum: ORDER_SUMS }),
  ]);
  const names = await db.campaign.findMany({
    where: { id: { in: rows.map((r) => r.campaignId) } },
    select: { id: true, name: true },
  });
  const name = new Map(names.map((c) => [c.id, c.name]));
  const lift = liftOf(orders._sum);
  const liftBefore = liftOf(ordersBefore._sum);
  const total = (k: "redemptions" | "discountCents" | "orderGmvCents") =>
    rows.reduce((sum, r) => sum + (r._sum[k] ?? 0), 0);
  const p = before._sum;
  return {
    kpis: {
      redemptions: compared(total("redemptions"), p.redemptions ?? 0),
      costYuan: compared(total("discountCents") / 100, (p.discountCents ?? 0) / 100),
      revenueYuan: compared(total("orderGmvCents") / 100, (p.orderGmvCents ?? 0) / 100),
      withCampaign: compared(lift.withCampaign, liftBefore.withCampaign),
      without: compared(lift.without, liftBefore.without),
      lift: compared(lift.estimate, liftBefore.estimate),
    },
    campaigns: rows.map((r) => ({
      campaignId: r.campaignId,
      name: name.get(r.campaignId) ?? r.campaignId,
      redemptions: r._sum.redemptions ?? 0,
      costYuan: (r._sum.discountCents ?? 0) / 100,
      storeCostYuan: (r._sum.storeCostCents ?? 0) / 100,
      platformCostYuan: (r._sum.platformCostCents ?? 0) / 100,
      revenueYuan: (r._sum.orderGmvCents ?? 0) / 100,
    })),
    lift,
  };
}
