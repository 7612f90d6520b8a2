import "server-only";
import { db } from "@/lib/platform/db";
import {
  addDays,
  dayKey,
  dayRange,
  dayStart,
  hourStart,
  localClock,
} from "@/lib/analytics/domain/calendar";
import { compared, type Compared } from "@/lib/analytics/domain/metrics";
import { WATERMARK } from "@/lib/analytics/rollups/refresh";
import { dimensionWhere } from "./drill";
import { cubeWhere, type AnalyticsScope } from "./scope";

// An order committed slightly after its placedAt (a slow transaction) may have missed the last
// refresh: hours this close to the watermark are read from the orders, not the rollups.
const COMMIT_SLACK_MS = 60_000;

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
 * Today's orders by local hour, live: hours the last rollup refresh has fully seen come from
 * the hourly rollups; the ones after it (at most an hour or two of orders) from the orders.
 */
export async function findTodayByHour(
  scope: AnalyticsScope,
  today: string,
): Promise<Map<number, number>> {
  const start = dayStart(today);
  const end = dayStart(addDays(today, 1));
  const mark = await db.analyticsWatermark.findUnique({
    where: { name: WATERMARK },
    select: { value: true },
  });
  const seen = mark ? hourStart(new Date(mark.value.getTime() - COMMIT_SLACK_MS)) : start;
  const boundary = new Date(Math.min(Math.max(seen.getTime(), start.getTime()), end.getTime()));
  const [rolled, recent] = await Promise.all([
    db.analyticsHourly.groupBy({
      by: ["hour"],
      where: { ...cubeWhere(scope, { from: today, to: today }), hourStart: { lt: boundary } },
      _sum: { orders: true },
    }),
    db.order.findMany({
      where: { ...dimensionWhere(scope), placedAt: { gte: boundary, lt: end } },
      select: { placedAt: true },
    }),
  ]);
  const hours = new Map(rolled.map((r) => [r.hour, r._sum.orders ?? 0]));
  for (const o of recent) {
    const { hour } = localClock(o.placedAt);
    hours.set(hour, (hours.get(hour) ?? 0) + 1);
  }
  return hours;
}

/**
 * Orders by local weekday and hour over the period, and today hour by hour against the
 * typical day (the period's average for the same weekday).
 */
export async function getPeaks(scope: AnalyticsScope, now = new Date()): Promise<Peaks> {
  const today = dayKey(now);
  const [cells, todayMap, typicalHours, nowHours, beforeHours] = await Promise.all([
    db.analyticsHourly.groupBy({
      by: ["weekday", "hour"],
      where: cubeWhere(scope),
      _sum: { orders: true },
    }),
    findTodayByHour(scope, today),
    db.analyticsHourly.groupBy({
      by: ["hour"],
      // Today's own orders are not part of "typical".
      where: {
        ...cubeWhere(scope),
        day: { gte: scope.from, lte: scope.to, not: today },
        weekday: new Date(`${today}T00:00:00Z`).getUTCDay(),
      },
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
  const typMap = new Map(typicalHours.map((r) => [r.hour, r._sum.orders ?? 0]));
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
      return {
        hour,
        today: todayMap.get(hour) ?? 0,
        typical: sameWeekdays > 0 ? (typMap.get(hour) ?? 0) / sameWeekdays : null,
      };
    }),
  };
}
