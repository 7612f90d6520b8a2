import "server-only";
import { db } from "@/lib/platform/db";
import { dayRange } from "@/lib/analytics/domain/calendar";
import { compared, n, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import { cubeWhere, type AnalyticsScope } from "./scope";

const SUMS = {
  orders: true,
  cancelled: true,
  gmvCents: true,
  discountCents: true,
  refundCents: true,
  refundedOrders: true,
  customerOrders: true,
  newCustomerOrders: true,
} as const;

type Sums = { [K in keyof typeof SUMS]: number | null };

export type OverviewDay = {
  day: string;
  label: string;
  orders: number;
  gmvYuan: number;
  netYuan: number;
  newCustomers: number;
  returning: number;
};

export type Overview = {
  kpis: {
    orders: Compared;
    gmvCents: Compared;
    netCents: Compared;
    aovCents: Compared;
    newCustomers: Compared;
    returning: Compared;
    cancellationRate: Compared;
    refundRate: Compared;
  };
  days: OverviewDay[];
};

function kpis(s: Sums) {
  const sold = n(s.orders) - n(s.cancelled);
  const paid = n(s.gmvCents) - n(s.discountCents);
  return {
    orders: n(s.orders),
    gmvCents: n(s.gmvCents),
    netCents: paid - n(s.refundCents),
    aovCents: ratio(paid, sold),
    newCustomers: n(s.newCustomerOrders),
    returning: n(s.customerOrders) - n(s.newCustomerOrders),
    cancellationRate: ratio(n(s.cancelled), n(s.orders)),
    refundRate: ratio(n(s.refundedOrders), n(s.orders)),
  };
}

/** Orders, GMV and net revenue, AOV, new vs returning, cancellation and refund rates. */
export async function getOverview(scope: AnalyticsScope): Promise<Overview> {
  const [now, before, byDay] = await Promise.all([
    db.analyticsDaily.aggregate({ where: cubeWhere(scope), _sum: SUMS }),
    db.analyticsDaily.aggregate({ where: cubeWhere(scope, scope.previous), _sum: SUMS }),
    db.analyticsDaily.groupBy({ by: ["day"], where: cubeWhere(scope), _sum: SUMS }),
  ]);
  const a = kpis(now._sum);
  const b = kpis(before._sum);
  const map = new Map(byDay.map((r) => [r.day, kpis(r._sum)]));
  return {
    kpis: {
      orders: compared(a.orders, b.orders),
      gmvCents: compared(a.gmvCents, b.gmvCents),
      netCents: compared(a.netCents, b.netCents),
      aovCents: compared(a.aovCents, b.aovCents),
      newCustomers: compared(a.newCustomers, b.newCustomers),
      returning: compared(a.returning, b.returning),
      cancellationRate: compared(a.cancellationRate, b.cancellationRate),
      refundRate: compared(a.refundRate, b.refundRate),
    },
    days: dayRange(scope.from, scope.to).map((day) => {
      const k = map.get(day);
      return {
        day,
        label: day.slice(5),
        orders: k?.orders ?? 0,
        gmvYuan: (k?.gmvCents ?? 0) / 100,
        netYuan: (k?.netCents ?? 0) / 100,
        newCustomers: k?.newCustomers ?? 0,
        returning: k?.returning ?? 0,
      };
    }),
  };
}
