import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { addDays, weekKey } from "@/lib/analytics/domain/calendar";
import { ratio } from "@/lib/analytics/domain/metrics";
import type { AnalyticsScope } from "./scope";

const COHORT_WEEKS = 8;

export type Cohort = { week: string; size: number; retention: (number | null)[] };
export type CustomerStats = {
  cohorts: Cohort[];
  active: number;
  repeatRate: number | null;
  lapsed: number;
};

function storeFilter(scope: AnalyticsScope) {
  return scope.storeIds === null
    ? Prisma.empty
    : scope.storeIds.length === 0
      ? Prisma.sql`AND 1 = 0`
      : Prisma.sql`AND "storeId" IN (${Prisma.join(scope.storeIds)})`;
}

/**
 * Retention by first-order week (the share of each cohort ordering again k weeks later), the
 * repeat rate (active customers with two or more orders) and lapsed customers (active in the
 * previous period, not in this one). Customer figures are on whole weeks, per store, across
 * zones and channels.
 */
export async function getCustomerStats(scope: AnalyticsScope): Promise<CustomerStats> {
  const first = weekKey(scope.from);
  const last = weekKey(scope.to);
  const stores = storeFilter(scope);
  // One pass over both periods' customer-weeks (week index, no NOT IN): per customer, orders
  // in this period and whether they were active in the previous one.
  const [grid, activity] = await Promise.all([
    db.$queryRaw<{ firstWeek: string; week: string; customers: bigint | number }[]>`
      SELECT "firstWeek", "week", COUNT(DISTINCT "customerId") AS customers
      FROM "AnalyticsCustomerWeek"
      WHERE "firstWeek" >= ${first} AND "firstWeek" <= ${last} AND "week" >= "firstWeek"
        AND "week" >= ${first} ${stores}
      GROUP BY "firstWeek", "week"`,
    db.$queryRaw<
      { active: bigint | number; repeaters: bigint | number; lapsed: bigint | number }[]
    >`
      SELECT COALESCE(SUM(CASE WHEN now > 0 THEN 1 ELSE 0 END), 0) AS active,
        COALESCE(SUM(CASE WHEN now >= 2 THEN 1 ELSE 0 END), 0) AS repeaters,
        COALESCE(SUM(CASE WHEN now = 0 THEN 1 ELSE 0 END), 0) AS lapsed
      FROM (SELECT "customerId",
              SUM(CASE WHEN "week" >= ${first} THEN "orders" ELSE 0 END) AS now
            FROM "AnalyticsCustomerWeek"
            WHERE "week" >= ${weekKey(scope.previous.from)} AND "week" <= ${last} ${stores}
            GROUP BY "customerId") t`,
  ]);
  const cells = new Map(grid.map((g) => [`${g.firstWeek}|${g.week}`, Number(g.customers)]));
  const cohorts: Cohort[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    const size = cells.get(`${week}|${week}`) ?? 0;
    const retention: (number | null)[] = [];
    for (let k = 1; k <= COHORT_WEEKS; k++) {
      const later = addDays(week, 7 * k);
      retention.push(later > last ? null : ratio(cells.get(`${week}|${later}`) ?? 0, size));
    }
    cohorts.push({ week, size, retention });
  }
  const act = activity[0];
  return {
    cohorts,
    active: Number(act?.active ?? 0),
    repeatRate: ratio(Number(act?.repeaters ?? 0), Number(act?.active ?? 0)),
    lapsed: Number(act?.lapsed ?? 0),
  };
}
