import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { addDays, dayRange, weekKey } from "@/lib/analytics/domain/calendar";
import { cubeWhere, type AnalyticsScope } from "./scope";

/** One dish's ratings in one week (Monday key), clipped to the filter's period. */
export type DishRatingPoint = {
  week: string;
  /** The week's days inside the period: the drill-down's date range. */
  from: string;
  to: string;
  itemId: string;
  nameZh: string;
  nameEn: string;
  avg: number;
  count: number;
  sum: number;
};

export type DishRatingLine = {
  itemId: string;
  nameZh: string;
  nameEn: string;
  /** The whole period's average and count. */
  avg: number;
  count: number;
  /** "top" / "bottom" by the period average, or "chosen". */
  group: "top" | "bottom" | "chosen";
};

export type DishRatingTrend = {
  weeks: { week: string; from: string; to: string }[];
  dishes: DishRatingLine[];
  /** The weekly points of `dishes` (of every rated dish with `everyDish`, for the CSV). */
  points: DishRatingPoint[];
  /** Every rated dish of the period, for the dish picker. */
  options: { itemId: string; nameZh: string; nameEn: string }[];
  chosen: string | null;
};

const dishParam = z.string().trim().min(1).max(64).optional().catch(undefined);

/** The URL's chosen dish, if it looks like an id (anything else shows the ranking). */
export function ratingDishParam(value: unknown): string | undefined {
  return dishParam.parse(value);
}

const LINES = 3;
// An average over one or two ratings ranks nothing: top/bottom need at least this many.
const MIN_RATINGS = 3;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Weekly average rating and count per dish from the dish rollups (one grouping set: the
 * filter's zone and channel or "*", per store), for the best and worst rated dishes of the period or
 * one chosen dish. Ratings count on the rated order's business day, like every dish figure.
 */
export async function getDishRatingTrend(
  scope: AnalyticsScope,
  dish?: string,
  opts: { everyDish?: boolean } = {},
): Promise<DishRatingTrend> {
  const where = {
    ...cubeWhere(scope, scope, { zone: true, channel: true }),
    ratingCount: { gt: 0 },
  };
  // Totals per dish rank them; weekly rows are read for the dishes shown only (a period of every
  // dish by day is tens of thousands of rows on a large database).
  const totals = await db.analyticsDish.groupBy({
    by: ["itemId"],
    where,
    _sum: { ratingSum: true, ratingCount: true },
  });
  const items = await db.menuItem.findMany({
    where: { id: { in: totals.map((r) => r.itemId) } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const names = new Map(items.map((i) => [i.id, i]));
  const name = (itemId: string) => ({
    nameZh: names.get(itemId)?.nameZh ?? "（已删除）",
    nameEn: names.get(itemId)?.nameEn ?? "(deleted)",
  });
  const lines = totals.map((r) => {
    const sum = r._sum.ratingSum ?? 0;
    const count = r._sum.ratingCount ?? 0;
    return {
      itemId: r.itemId,
      ...name(r.itemId),
      avg: round2(sum / count),
      count,
      exact: sum / count,
    };
  });
  const chosen = dish && lines.some((l) => l.itemId === dish) ? dish : null;
  const ranked = lines
    .filter((l) => l.count >= MIN_RATINGS)
    .sort((a, b) => b.exact - a.exact || b.count - a.count || a.itemId.localeCompare(b.itemId));
  const top = ranked.slice(0, LINES);
  const bottom = ranked.slice(LINES).slice(-LINES).reverse();
  const strip = ({ exact: _exact, ...l }: (typeof lines)[number], group: DishRatingLine["group"]) =>
    ({ ...l, group }) satisfies DishRatingLine;
  const chosenLine = lines.find((l) => l.itemId === chosen);
  const dishes = chosenLine
    ? [strip(chosenLine, "chosen")]
    : [...top.map((l) => strip(l, "top")), ...bottom.map((l) => strip(l, "bottom"))];
  const rows = await db.analyticsDish.groupBy({
    by: ["day", "itemId"],
    where: opts.everyDish ? where : { ...where, itemId: { in: dishes.map((d) => d.itemId) } },
    _sum: { ratingSum: true, ratingCount: true },
  });
  const clip = (week: string) => ({
    from: week < scope.from ? scope.from : week,
    to: addDays(week, 6) > scope.to ? scope.to : addDays(week, 6),
  });
  const acc = new Map<string, DishRatingPoint>();
  for (const r of rows) {
    const week = weekKey(r.day);
    const key = `${week}|${r.itemId}`;
    const p = acc.get(key) ?? {
      week,
      ...clip(week),
      itemId: r.itemId,
      ...name(r.itemId),
      avg: 0,
      count: 0,
      sum: 0,
    };
    p.sum += r._sum.ratingSum ?? 0;
    p.count += r._sum.ratingCount ?? 0;
    acc.set(key, p);
  }
  const points = [...acc.values()]
    .map((p) => ({ ...p, avg: round2(p.sum / p.count) }))
    .sort((a, b) => a.week.localeCompare(b.week) || a.itemId.localeCompare(b.itemId));
  // Every week of the period, rated or not: an empty week shows "no data", not a gap.
  const weeks = [...new Set(dayRange(scope.from, scope.to).map(weekKey))].map((week) => ({
    week,
    ...clip(week),
  }));
  return {
    weeks,
    dishes,
    points,
    options: lines
      .map(({ itemId, nameZh, nameEn }) => ({ itemId, nameZh, nameEn }))
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    chosen,
  };
}

/** The CSV rows: every rated dish's weekly average and count. */
export async function dishRatingTrendRows(scope: AnalyticsScope) {
  const { points } = await getDishRatingTrend(scope, undefined, { everyDish: true });
  return points.map(({ sum: _sum, ...p }) => p);
}
