"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatPercent } from "@/lib/platform/i18n/format";
import type { DishStat, MenuStats } from "@/lib/analytics/server/menu";
import { BarPanel } from "./bar-panel";
import { csvHref, drillHref } from "./drill";
import { DrillTable } from "./drill-table";
import { KpiCards } from "./kpi-cards";

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
    <DrillTable
      title={title}
      testId={testId}
      csv={csvHref(query, "menu", chart)}
      head={t("analytics.dish")}
      rows={rows}
      rowKey={(d) => d.itemId}
      name={name}
      href={(d) => drillHref(query, { item: d.itemId })}
      columns={cols.map((c) => ({
        key: c,
        label: t(COL_LABEL[c]),
        cell: (d: DishStat) => cell(d, c),
      }))}
    />
  );
  const top = data.top.map((d) => ({ ...d, label: name(d) }));
  const k = data.kpis;
  return (
    <>
      <KpiCards
        items={[
          { label: t("analytics.quantity"), value: k.quantity, kind: "count", testId: "kpi-qty" },
          {
            label: t("analytics.revenue"),
            value: k.revenueYuan,
            kind: "number",
            testId: "kpi-dish-revenue",
          },
          {
            label: t("analytics.attachRate"),
            value: k.attachRate,
            kind: "percent",
            testId: "kpi-attach",
          },
          {
            label: t("analytics.refundRate"),
            value: k.refundRate,
            kind: "percent",
            testId: "kpi-dish-refund",
          },
          {
            label: t("analytics.complaintRate"),
            value: k.complaintRate,
            kind: "percent",
            testId: "kpi-complaint",
          },
        ]}
      />
      <p className="muted">{t("analytics.menuNote")}</p>
      <div className="grid two">
        <BarPanel
          title={t("analytics.topDishes")}
          testId="chart-top-dishes"
          csv={csvHref(query, "menu", "dishes")}
          data={top}
          x="label"
          layout="vertical"
          series={[{ key: "quantity", label: t("analytics.quantity") }]}
          href={(p) => drillHref(query, { item: p.itemId })}
        />
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
  complaintRate: "analytics.complaintRate",
  attachRate: "analytics.attachRate",
} as const;
