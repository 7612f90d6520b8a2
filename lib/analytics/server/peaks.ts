import "server-only";
import { db } from "@/lib/platform/db";
import { dayKey, dayRange } from "@/lib/analytics/domain/calendar";
import { compared, type Compared } from "@/lib/analytics/domain/metrics";
import { cubeWhere, type AnalyticsScope } from "./scope";

export type HeatCell = { weekday: number; hour: number; orders: number };
export type HourPoint = { hour: number; today: number; typical: number | null };
export type Peaks = {
  heatmap: HeatCell[];
  max: number;
  today: string;
  hours: HourPoint[];
  /** Orders and the busiest hour's orders per day, against the previous period. */
  kpis: { orders: Compared; peakHourPerDay: Compared };
  peakHour: number | null;
};

/** The busiest local hour of a period and its orders per day. */
function busiest(rows: { hour: number; _sum: { orders: number | null } }[], days: number) {
  let best: { hour: number; orders: number } | null = null;
  for (const r of rows) {
    const orders = r._sum.orders ?? 0;
    if (orders > 0 && (best === null || orders > best.orders)) best = { hour: r.hour, orders };
  }
  return { hour: best?.hour ?? null, perDay: best ? best.orders / days : null };
}

/**
 * Orders by local weekday and hour over the period, and today hour by hour against the
 * typical day (the period's average for the same weekday).
 */
export async function getPeaks(scope: AnalyticsScope, now = new Date()): Promise<Peaks> {
  const today = dayKey(now);
  const todayWhere = { ...cubeWhere(scope, { from: today, to: today }) };
  const [cells, todayHours, typicalHours, nowHours, beforeHours] = await Promise.all([
    db.analyticsHourly.groupBy({
      by: ["weekday", "hour"],
      where: cubeWhere(scope),
      _sum: { orders: true },
    }),
    db.analyticsHourly.groupBy({ by: ["hour"], where: todayWhere, _sum: { orders: true } }),
    db.analyticsHourly.groupBy({
      by: ["hour"],
      where: { ...cubeWhere(scope), weekday: new Date(`${today}T00:00:00Z`).getUTCDay() },
      _sum: { orders: true },
    }),
    db.analyticsHourly.groupBy({ by: ["hour"], where: cubeWhere(scope), _sum: { orders: true } }),
    db.analyticsHourly.groupBy({
      by: ["hour"],
      where: cubeWhere(scope, scope.previous),
      _sum: { orders: true },
    }),
  ]);
  const peak = busiest(nowHours, scope.days);
  const peakBefore = busiest(beforeHours, scope.days);
  const total = (rows: { _sum: { orders: number | null } }[]) =>
    rows.reduce((sum, r) => sum + (r._sum.orders ?? 0), 0);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const sameWeekdays = dayRange(scope.from, scope.to).filter(
    (d) => d !== today && new Date(`${d}T00:00:00Z`).getUTCDay() === weekday,
  ).length;
  const todayMap = new Map(todayHours.map((r) => [r.hour, r._sum.orders ?? 0]));
  const typMap = new Map(typicalHours.map((r) => [r.hour, r._sum.orders ?? 0]));
  // Today's own orders are not part of "typical".
  const heatmap = cells.map((c) => ({
    weekday: c.weekday,
    hour: c.hour,
    orders: c._sum.orders ?? 0,
  }));
  return {
    heatmap,
    kpis: {
      orders: compared(total(nowHours), total(beforeHours)),
      peakHourPerDay: compared(peak.perDay, peakBefore.perDay),
    },
    peakHour: peak.hour,
    max: heatmap.reduce((m, c) => Math.max(m, c.orders), 0),
    today,
    hours: Array.from({ length: 24 }, (_, hour) => {
      const inPeriod = typMap.get(hour) ?? 0;
      const own = today >= scope.from && today <= scope.to ? (todayMap.get(hour) ?? 0) : 0;
      return {
        hour,
        today: todayMap.get(hour) ?? 0,
        typical: sameWeekdays > 0 ? (inPeriod - own) / sameWeekdays : null,
      };
    }),
  };
}
