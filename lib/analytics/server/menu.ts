import "server-only";
import { db } from "@/lib/platform/db";
import { compared, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import { cubeWhere, type AnalyticsScope } from "./scope";

export type DishStat = {
  itemId: string;
  nameZh: string;
  nameEn: string;
  lines: number;
  quantity: number;
  revenueYuan: number;
  rating: number | null;
  ratingCount: number;
  refundRate: number | null;
  complaintRate: number | null;
  attachRate: number | null;
};

export type MenuStats = {
  dishes: DishStat[];
  top: DishStat[];
  bottom: DishStat[];
  topRevenue: DishStat[];
  topRated: DishStat[];
  mostRefunded: DishStat[];
  mostComplained: DishStat[];
  /** Every dish together, against the previous period of the same length. */
  kpis: {
    quantity: Compared;
    revenueYuan: Compared;
    attachRate: Compared;
    refundRate: Compared;
    complaintRate: Compared;
  };
};

const SUMS = {
  lines: true,
  quantity: true,
  revenueCents: true,
  refundedQty: true,
  optionLines: true,
  complaints: true,
  ratingSum: true,
  ratingCount: true,
} as const;
type Sums = { [K in keyof typeof SUMS]: number | null };

function totals(s: Sums) {
  const lines = s.lines ?? 0;
  const quantity = s.quantity ?? 0;
  return {
    quantity,
    revenueYuan: (s.revenueCents ?? 0) / 100,
    attachRate: ratio(s.optionLines ?? 0, lines),
    refundRate: ratio(s.refundedQty ?? 0, quantity),
    complaintRate: ratio(s.complaints ?? 0, lines),
  };
}

const TOP = 10;
// A rate over a handful of orders says nothing: rank only dishes sold at least this often.
const MIN_LINES = 5;

/**
 * Dishes by orders, revenue and rating; highest refund and complaint rates; option attach
 * rates. Dish rollups are per store, day, zone and channel (grouping sets: one set is read).
 */
export async function getMenuStats(scope: AnalyticsScope): Promise<MenuStats> {
  const [rows, before] = await Promise.all([
    db.analyticsDish.groupBy({
      by: ["itemId"],
      where: cubeWhere(scope, scope, { zone: true, channel: true }),
      _sum: SUMS,
    }),
    db.analyticsDish.aggregate({
      where: cubeWhere(scope, scope.previous, { zone: true, channel: true }),
      _sum: SUMS,
    }),
  ]);
  const sum = Object.fromEntries(
    Object.keys(SUMS).map((k) => [k, rows.reduce((t, r) => t + (r._sum[k as keyof Sums] ?? 0), 0)]),
  ) as Sums;
  const a = totals(sum);
  const b = totals(before._sum);
  const items = await db.menuItem.findMany({
    where: { id: { in: rows.map((r) => r.itemId) } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const names = new Map(items.map((i) => [i.id, i]));
  const dishes: DishStat[] = rows.map(({ itemId, _sum: s }) => {
    const lines = s.lines ?? 0;
    const quantity = s.quantity ?? 0;
    const ratingCount = s.ratingCount ?? 0;
    return {
      itemId,
      nameZh: names.get(itemId)?.nameZh ?? "（已删除）",
      nameEn: names.get(itemId)?.nameEn ?? "(deleted)",
      lines,
      quantity,
      revenueYuan: (s.revenueCents ?? 0) / 100,
      rating: ratio(s.ratingSum ?? 0, ratingCount),
      ratingCount,
      refundRate: ratio(s.refundedQty ?? 0, quantity),
      complaintRate: ratio(s.complaints ?? 0, lines),
      attachRate: ratio(s.optionLines ?? 0, lines),
    };
  });
  const by = (key: (d: DishStat) => number | null, pool = dishes) =>
    [...pool].filter((d) => key(d) !== null).sort((a, b) => (key(b) ?? 0) - (key(a) ?? 0));
  const sold = dishes.filter((d) => d.lines >= MIN_LINES);
  return {
    kpis: {
      quantity: compared(a.quantity, b.quantity),
      revenueYuan: compared(a.revenueYuan, b.revenueYuan),
      attachRate: compared(a.attachRate, b.attachRate),
      refundRate: compared(a.refundRate, b.refundRate),
      complaintRate: compared(a.complaintRate, b.complaintRate),
    },
    dishes: by((d) => d.quantity),
    top: by((d) => d.quantity).slice(0, TOP),
    bottom: by((d) => d.quantity)
      .reverse()
      .slice(0, TOP),
    topRevenue: by((d) => d.revenueYuan).slice(0, TOP),
    topRated: by((d) => (d.ratingCount >= 3 ? d.rating : null)).slice(0, TOP),
    mostRefunded: by((d) => d.refundRate, sold).slice(0, TOP),
    mostComplained: by((d) => d.complaintRate, sold).slice(0, TOP),
  };
}
