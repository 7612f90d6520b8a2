"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatPercent } from "@/lib/platform/i18n/format";
import type { DishStat, MenuStats } from "@/lib/analytics/server/menu";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";

type Col = "quantity" | "revenueYuan" | "rating" | "refundRate" | "complaintRate" | "attachRate";

/** Dish rankings: orders, revenue, rating, refund and complaint rates, option attach rates. */
export function MenuView({ data, query }: { data: MenuStats; query: Record<string, string> }) {
  const { t, locale } = useI18n();
  const name = (d: DishStat) => (locale === "en" ? d.nameEn : d.nameZh);
  const cell = (d: DishStat, c: Col) => {
    const v = d[c];
    if (v === null) return t("common.noData");
    if (c === "refundRate" || c === "complaintRate" || c === "attachRate")
      return formatPercent(v, locale);
    return new Intl.NumberFormat(locale, { maximumFractionDigits: c === "rating" ? 2 : 1 }).format(
      v,
    );
  };
  const table = (title: string, testId: string, rows: DishStat[], cols: Col[], chart: string) => (
    <ChartPanel
      title={title}
      testId={testId}
      empty={rows.length === 0}
      csv={csvHref(query, "menu", chart)}
      tall
    >
      <table className="data">
        <thead>
          <tr>
            <th>{t("analytics.dish")}</th>
            {cols.map((c) => (
              <th key={c} className="num">
                {t(COL_LABEL[c])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.itemId}>
              <td>
                <Link href={drillHref(query, { item: d.itemId })}>{name(d)}</Link>
              </td>
              {cols.map((c) => (
                <td key={c} className="num">
                  {cell(d, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ChartPanel>
  );
  const top = data.top.map((d) => ({ ...d, label: name(d) }));
  return (
    <>
      <p className="muted">{t("analytics.menuNote")}</p>
      <div className="grid two">
        <ChartPanel
          title={t("analytics.topDishes")}
          testId="chart-top-dishes"
          empty={top.length === 0}
          csv={csvHref(query, "menu", "dishes")}
        >
          <Bars
            data={top}
            x="label"
            layout="vertical"
            series={[{ key: "quantity", label: t("analytics.quantity") }]}
            href={(p) => drillHref(query, { item: p.itemId })}
          />
        </ChartPanel>
        {table(
          t("analytics.topRevenue"),
          "table-top-revenue",
          data.topRevenue,
          ["revenueYuan", "quantity", "attachRate"],
          "dishes",
        )}
        {table(
          t("analytics.bottomDishes"),
          "table-bottom",
          data.bottom,
          ["quantity", "revenueYuan"],
          "dishes",
        )}
        {table(
          t("analytics.topRated"),
          "table-rated",
          data.topRated,
          ["rating", "quantity"],
          "dishes",
        )}
        {table(
          t("analytics.mostRefunded"),
          "table-refunded",
          data.mostRefunded,
          ["refundRate", "quantity"],
          "dishes",
        )}
        {table(
          t("analytics.mostComplained"),
          "table-complained",
          data.mostComplained,
          ["complaintRate", "quantity"],
          "dishes",
        )}
      </div>
    </>
  );
}

const COL_LABEL = {
  quantity: "analytics.quantity",
  revenueYuan: "analytics.revenue",
  rating: "analytics.rating",
  refundRate: "analytics.refundRate",
  complaintRate: "analytics.mostComplained",
  attachRate: "analytics.attachRate",
} as const;
