import "server-only";
import { db } from "@/lib/platform/db";
import { histogramPercentile } from "@/lib/analytics/domain/histogram";
import { compared, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import { HIST_KEYS } from "@/lib/analytics/domain/rollup-rows";
import { addDays, dayStart } from "@/lib/analytics/domain/calendar";
import { onlineSeconds } from "@/lib/analytics/domain/online-time";
import { cubeWhere, type AnalyticsScope } from "./scope";

const HIST_SUM = Object.fromEntries(HIST_KEYS.map((k) => [k, true])) as Record<
  (typeof HIST_KEYS)[number],
  true
>;
// A clock-out may come after the planned end: shifts ending this long before the period still count.
const SHIFT_SLACK_MS = 12 * 3_600_000;
const SUMS = { ...HIST_SUM, delivered: true, onTime: true, deliverySeconds: true } as const;

export type Percentiles = { p50: number | null; p90: number | null; delivered: number };
export type ZoneDelivery = Percentiles & {
  zoneId: string;
  name: string;
  onTimeRate: number | null;
};
export type HourDelivery = Percentiles & { hour: number };
export type StorePrep = { storeId: string; name: string; prepMinutes: number | null };
export type CourierPerf = {
  courierId: string;
  name: string;
  deliveries: number;
  onTimeRate: number | null;
  avgMinutes: number | null;
  /** Hours clocked in during the period (whole shifts: a courier serves every store). */
  onlineHours: number;
  /** Deliveries per online hour (utilization); null without online time. */
  perOnlineHour: number | null;
};

type Overall = Percentiles & { onTimeRate: number | null; avgMinutes: number | null };

export type DeliveryStats = {
  overall: Overall;
  /** The headline figures against the previous period of the same length. */
  kpis: { p50: Compared; p90: Compared; onTimeRate: Compared; avgMinutes: Compared };
  histogram: { bucket: string; orders: number }[];
  zones: ZoneDelivery[];
  hours: HourDelivery[];
  prep: StorePrep[];
  couriers: CourierPerf[];
};

type HistSums = Partial<Record<(typeof HIST_KEYS)[number], number | null>>;
const counts = (s: HistSums) => HIST_KEYS.map((k) => s[k] ?? 0);
const pct = (s: HistSums & { delivered?: number | null }): Percentiles => ({
  p50: histogramPercentile(counts(s), 0.5),
  p90: histogramPercentile(counts(s), 0.9),
  delivered: s.delivered ?? 0,
});
type Sums = HistSums & {
  delivered?: number | null;
  onTime?: number | null;
  deliverySeconds?: number | null;
};
const overallOf = (s: Sums): Overall => ({
  ...pct(s),
  onTimeRate: ratio(s.onTime ?? 0, s.delivered ?? 0),
  avgMinutes: ratio((s.deliverySeconds ?? 0) / 60, s.delivered ?? 0),
});
const LABELS = ["<15", "15", "20", "25", "30", "35", "40", "45", "50", "60", "75", "90+"];

/** Delivery time p50/p90 (from histogram rollups) by zone and hour, on-time, prep, couriers. */
export async function getDeliveryStats(scope: AnalyticsScope): Promise<DeliveryStats> {
  const where = cubeWhere(scope);
  const [all, before, zones, hours, prep, couriers] = await Promise.all([
    db.analyticsDaily.aggregate({ where, _sum: SUMS }),
    db.analyticsDaily.aggregate({ where: cubeWhere(scope, scope.previous), _sum: SUMS }),
    db.analyticsDaily.groupBy({
      by: ["zoneId"],
      where: cubeWhere(scope, scope, { store: true, zone: "each", channel: true }),
      _sum: SUMS,
    }),
    db.analyticsHourly.groupBy({ by: ["hour"], where, _sum: SUMS }),
    db.analyticsDaily.groupBy({
      by: ["storeId"],
      where: cubeWhere(scope, scope, { store: "each", zone: true, channel: true }),
      _sum: { prepared: true, prepSeconds: true },
    }),
    db.analyticsCourierDaily.groupBy({
      by: ["courierId"],
      // the courier rows of the filter's zone and channel ("*" when none)
      where: cubeWhere(scope),
      _sum: { deliveries: true, onTime: true, deliverySeconds: true },
      orderBy: { _sum: { deliveries: "desc" } },
      take: 20,
    }),
  ]);
  const periodStart = dayStart(scope.from);
  const periodEnd = dayStart(addDays(scope.to, 1));
  const [zoneRows, storeRows, courierRows, shifts] = await Promise.all([
    db.zone.findMany({
      where: { id: { in: zones.map((z) => z.zoneId) } },
      select: { id: true, name: true },
    }),
    db.store.findMany({
      where: { id: { in: prep.map((p) => p.storeId) } },
      select: { id: true, code: true, nameZh: true },
    }),
    db.courier.findMany({
      where: { id: { in: couriers.map((c) => c.courierId) } },
      select: { id: true, name: true },
    }),
    db.courierShift.findMany({
      where: {
        courierId: { in: couriers.map((c) => c.courierId) },
        startsAt: { lt: periodEnd },
        endsAt: { gt: new Date(periodStart.getTime() - SHIFT_SLACK_MS) },
      },
      select: { courierId: true, startsAt: true, endsAt: true, clockInAt: true, clockOutAt: true },
    }),
  ]);
  const clock = new Date();
  const online = (courierId: string) =>
    onlineSeconds(
      shifts.filter((x) => x.courierId === courierId),
      periodStart,
      periodEnd,
      clock,
    ) / 3600;
  const zoneName = new Map(zoneRows.map((z) => [z.id, z.name]));
  const storeName = new Map(storeRows.map((s) => [s.id, `${s.code} ${s.nameZh}`]));
  const courierName = new Map(courierRows.map((c) => [c.id, c.name]));
  const s = all._sum;
  const now = overallOf(s);
  const prev = overallOf(before._sum);
  return {
    overall: now,
    kpis: {
      p50: compared(now.p50, prev.p50),
      p90: compared(now.p90, prev.p90),
      onTimeRate: compared(now.onTimeRate, prev.onTimeRate),
      avgMinutes: compared(now.avgMinutes, prev.avgMinutes),
    },
    histogram: counts(s).map((orders, i) => ({ bucket: LABELS[i] ?? String(i), orders })),
    zones: zones
      .map((z) => ({
        zoneId: z.zoneId,
        name: zoneName.get(z.zoneId) ?? "—",
        ...pct(z._sum),
        onTimeRate: ratio(z._sum.onTime ?? 0, z._sum.delivered ?? 0),
      }))
      .filter((z) => z.delivered > 0)
      .sort((a, b) => a.name.localeCompare(b.name)),
    hours: hours
      .map((h) => ({ hour: h.hour, ...pct(h._sum) }))
      .filter((h) => h.delivered > 0)
      .sort((a, b) => a.hour - b.hour),
    prep: prep
      .map((p) => ({
        storeId: p.storeId,
        name: storeName.get(p.storeId) ?? p.storeId,
        prepMinutes: ratio((p._sum.prepSeconds ?? 0) / 60, p._sum.prepared ?? 0),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    couriers: couriers.map((c) => {
      const deliveries = c._sum.deliveries ?? 0;
      const hours = online(c.courierId);
      return {
        courierId: c.courierId,
        name: courierName.get(c.courierId) ?? c.courierId,
        deliveries,
        onTimeRate: ratio(c._sum.onTime ?? 0, deliveries),
        avgMinutes: ratio((c._sum.deliverySeconds ?? 0) / 60, deliveries),
        onlineHours: Math.round(hours * 10) / 10,
        perOnlineHour: ratio(deliveries, hours),
      };
    }),
  };
}
