import "server-only";
import { db } from "@/lib/platform/db";
import {
  aggregateOrders,
  businessDayKeys,
  periodStart,
  type DailyPoint,
  type PeriodTotals,
} from "@/lib/analytics/daily-metrics";

type StoreWhere = { storeId?: { in: string[] } };

export type AnalyticsOverview = {
  days: DailyPoint[];
  totals: PeriodTotals;
  /** null when there were no reviews in the period. */
  avgRating: number | null;
  reviewCount: number;
  refundsCents: number;
};

/** Orders, GMV, on-time rate, ratings and refunds over the last `days` business days. */
export async function getAnalyticsOverview(
  scope: StoreWhere,
  options: { days: number; now?: Date },
): Promise<AnalyticsOverview> {
  const start = periodStart(options.now ?? new Date(), options.days);
  const [orders, reviews, refunds] = await Promise.all([
    db.order.findMany({
      where: { ...scope, placedAt: { gte: start } },
      select: {
        status: true,
        totalCents: true,
        placedAt: true,
        promisedAt: true,
        deliveredAt: true,
      },
    }),
    db.review.aggregate({
      where: { ...scope, createdAt: { gte: start } },
      _avg: { rating: true },
      _count: { _all: true },
    }),
    db.refund.aggregate({
      where: { createdAt: { gte: start }, ...(scope.storeId ? { order: scope } : {}) },
      _sum: { amountCents: true },
    }),
  ]);
  const { days, totals } = aggregateOrders(orders, businessDayKeys(start, options.days));
  return {
    days,
    totals,
    avgRating: reviews._count._all > 0 ? reviews._avg.rating : null,
    reviewCount: reviews._count._all,
    refundsCents: refunds._sum.amountCents ?? 0,
  };
}
