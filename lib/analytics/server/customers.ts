import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALL } from "@/lib/analytics/domain/grouping-sets";
import { db } from "@/lib/platform/db";
import { addDays, weekKey } from "@/lib/analytics/domain/calendar";
import { compared, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import type { AnalyticsScope } from "./scope";

const COHORT_WEEKS = 8;

export type Cohort = { week: string; size: number; retention: (number | null)[] };
export type CustomerStats = {
  cohorts: Cohort[];
  active: number;
  repeatRate: number | null;
  lapsed: number;
  /** Active, repeat rate and lapsed against the previous period of the same length. */
  kpis: { active: Compared; repeatRate: Compared; lapsed: Compared };
};

type Activity = { active: bigint | number; repeaters: bigint | number; lapsed: bigint | number };
const figures = (a: Activity | undefined) => ({
  active: Number(a?.active ?? 0),
  repeatRate: ratio(Number(a?.repeaters ?? 0), Number(a?.active ?? 0)),
  lapsed: Number(a?.lapsed ?? 0),
});

/** One grouping set (the filter's zone and channel, "*" when none) of the actor's stores. */
function storeFilter(scope: AnalyticsScope) {
  const set = Prisma.sql`AND "zoneId" = ${scope.zoneId ?? ALL} AND "channel" = ${scope.channel ?? ALL}`;
  return scope.storeIds === null
    ? set
    : scope.storeIds.length === 0
      ? Prisma.sql`AND 1 = 0`
      : Prisma.sql`${set} AND "storeId" IN (${Prisma.join(scope.storeIds)})`;
}

/**
 * Retention by first-order week (the share of each cohort ordering again k weeks later), the
 * repeat rate (active customers with two or more orders) and lapsed customers (active in the
 * previous period, not in this one). Customer figures are on whole weeks. A store, zone or
 * channel filter counts only customers' orders there (a cohort stays the week of a customer's
 * first order anywhere): e.g. with channel=app, "active" = customers with an app order in the
 * period, retention = the share of a cohort ordering by app again k weeks later.
 */
export async function getCustomerStats(scope: AnalyticsScope): Promise<CustomerStats> {
  const first = weekKey(scope.from);
  const last = weekKey(scope.to);
  const stores = storeFilter(scope);
  const prevFirst = weekKey(scope.previous.from);
  const earliest = weekKey(addDays(scope.previous.from, -scope.days));
  // One pass over three periods' customer-weeks (week index, no NOT IN): per customer, orders
  // in this period, in the previous one and in the one before (for the previous lapsed).
  const [grid, activity] = await Promise.all([
    db.$queryRaw<{ firstWeek: string; week: string; customers: bigint | number }[]>`
      SELECT "firstWeek", "week", COUNT(DISTINCT "customerId") AS customers
      FROM "AnalyticsCustomerWeek"
      WHERE "firstWeek" >= ${first} AND "firstWeek" <= ${last} AND "week" >= "firstWeek"
        AND "week" >= ${first} ${stores}
      GROUP BY "firstWeek", "week"`,
    db.$queryRaw<
      (Activity & {
        pActive: bigint | number;
        pRepeaters: bigint | number;
        pLapsed: bigint | number;
      })[]
    >`
      SELECT COALESCE(SUM(CASE WHEN now > 0 THEN 1 ELSE 0 END), 0) AS active,
        COALESCE(SUM(CASE WHEN now >= 2 THEN 1 ELSE 0 END), 0) AS repeaters,
        COALESCE(SUM(CASE WHEN now = 0 AND prev > 0 THEN 1 ELSE 0 END), 0) AS lapsed,
        COALESCE(SUM(CASE WHEN prev > 0 THEN 1 ELSE 0 END), 0) AS "pActive",
        COALESCE(SUM(CASE WHEN prev >= 2 THEN 1 ELSE 0 END), 0) AS "pRepeaters",
        COALESCE(SUM(CASE WHEN prev = 0 AND early > 0 THEN 1 ELSE 0 END), 0) AS "pLapsed"
      FROM (SELECT "customerId",
              SUM(CASE WHEN "week" >= ${first} THEN "orders" ELSE 0 END) AS now,
              SUM(CASE WHEN "week" >= ${prevFirst} AND "week" < ${first} THEN "orders" ELSE 0 END) AS prev,
              SUM(CASE WHEN "week" < ${prevFirst} THEN "orders" ELSE 0 END) AS early
            FROM "AnalyticsCustomerWeek"
            WHERE "week" >= ${earliest} AND "week" <= ${last} ${stores}
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
  const now = figures(act);
  const before = figures(
    act && { active: act.pActive, repeaters: act.pRepeaters, lapsed: act.pLapsed },
  );
  return {
    cohorts,
    ...now,
    kpis: {
      active: compared(now.active, before.active),
      repeatRate: compared(now.repeatRate, before.repeatRate),
      lapsed: compared(now.lapsed, before.lapsed),
    },
  };
}
