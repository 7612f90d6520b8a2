"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/i18n-provider";
import type { DishRatingTrend } from "@/lib/analytics/server/dish-ratings";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";

/**
 * Weekly average rating and count per dish (best and worst rated, or one chosen dish); each
 * figure links to the orders rated for that dish in that week.
 */
export function DishRatingTrendPanel({
  data,
  query,
}: {
  data: DishRatingTrend;
  query: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const name = (d: { nameZh: string; nameEn: string }) => (locale === "en" ? d.nameEn : d.nameZh);
  const num = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
  const points = new Map(data.points.map((p) => [`${p.week}|${p.itemId}`, p]));
  const group = { top: "menu.ratingTrend.top", bottom: "menu.ratingTrend.bottom" } as const;
  return (
    <ChartPanel
      title={t("menu.ratingTrend.title")}
      testId="chart-dish-rating-trend"
      empty={data.dishes.length === 0}
      csv={csvHref(query, "menu", "ratingTrend")}
      note={t("menu.ratingTrend.note")}
      tall
    >
      <form method="get" action="/analytics/menu" className="inline-field" style={{ gap: 8 }}>
        {Object.entries(query).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          {t("menu.ratingTrend.pick")}{" "}
          <select name="dish" defaultValue={data.chosen ?? ""} data-testid="rating-trend-dish">
            <option value="">{t("menu.ratingTrend.ranked")}</option>
            {data.options.map((o) => (
              <option key={o.itemId} value={o.itemId}>
                {name(o)}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit" className="button">
          {t("menu.ratingTrend.show")}
        </button>
      </form>
      <div className="table-wrap">
        <table className="data" data-testid="rating-trend-table">
          <thead>
            <tr>
              <th>{t("menu.ratingTrend.dish")}</th>
              {data.weeks.map((w) => (
                <th key={w.week} className="num">
                  {w.from}
                </th>
              ))}
              <th className="num">{t("menu.ratingTrend.period")}</th>
            </tr>
          </thead>
          <tbody>
            {data.dishes.map((d) => (
              <tr key={d.itemId} data-testid="rating-trend-row" data-item={d.itemId}>
                <td>
                  {name(d)}{" "}
                  <span className="muted">
                    {d.group === "chosen" ? t("menu.ratingTrend.chosen") : t(group[d.group])}
                  </span>
                </td>
                {data.weeks.map((w) => {
                  const p = points.get(`${w.week}|${d.itemId}`);
                  return (
                    <td key={w.week} className="num" data-week={w.week}>
                      {p ? (
                        <Link
                          href={drillHref(
                            { ...query, from: p.from, to: p.to },
                            { item: d.itemId, rated: "1" },
                          )}
                          title={t("menu.ratingTrend.cellTitle", { week: w.from })}
                          data-count={p.count}
                        >
                          {t("menu.ratingTrend.cell", { avg: num(p.avg), n: p.count })}
                        </Link>
                      ) : (
                        <span className="muted">{t("common.noData")}</span>
                      )}
                    </td>
                  );
                })}
                <td className="num">
                  {t("menu.ratingTrend.cell", { avg: num(d.avg), n: d.count })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartPanel>
  );
}
