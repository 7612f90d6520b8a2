"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { Overview } from "@/lib/analytics/server/overview";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

/** Overview: orders, GMV/net, AOV, new vs returning, cancellation and refund rates. */
export function OverviewView({ data, query }: { data: Overview; query: Record<string, string> }) {
  const { t } = useI18n();
  const k = data.kpis;
  const empty = data.days.every((d) => d.orders === 0);
  return (
    <>
      <KpiCards
        items={[
          { label: t("analytics.orders"), value: k.orders, kind: "count", testId: "kpi-orders" },
          { label: t("analytics.gmvTotal"), value: k.gmvCents, kind: "money", testId: "kpi-gmv" },
          { label: t("analytics.net"), value: k.netCents, kind: "money", testId: "kpi-net" },
          { label: t("analytics.aov"), value: k.aovCents, kind: "money", testId: "kpi-aov" },
          {
            label: t("analytics.newCustomers"),
            value: k.newCustomers,
            kind: "count",
            testId: "kpi-new",
          },
          {
            label: t("analytics.returning"),
            value: k.returning,
            kind: "count",
            testId: "kpi-returning",
          },
          {
            label: t("analytics.cancelRate"),
            value: k.cancellationRate,
            kind: "percent",
            testId: "kpi-cancel",
          },
          {
            label: t("analytics.refundRate"),
            value: k.refundRate,
            kind: "percent",
            testId: "kpi-refund",
          },
        ]}
      />
      <p className="muted">{t("analytics.clickHint")}</p>
      <div className="grid two">
        <ChartPanel
          title={t("analytics.ordersPerDay")}
          testId="chart-orders"
          empty={empty}
          csv={csvHref(query, "overview", "days")}
        >
          <Bars
            data={data.days}
            x="label"
            series={[{ key: "orders", label: t("analytics.orders") }]}
            href={(p) => drillHref(query, { day: p.day })}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.gmvPerDay")}
          testId="chart-gmv"
          empty={empty}
          csv={csvHref(query, "overview", "days")}
        >
          <Bars
            data={data.days}
            x="label"
            series={[
              { key: "gmvYuan", label: t("analytics.gmvTotal"), line: true },
              { key: "netYuan", label: t("analytics.net"), line: true },
            ]}
            href={(p) => drillHref(query, { day: p.day })}
          />
        </ChartPanel>
        <ChartPanel
          title={`${t("analytics.newCustomers")} / ${t("analytics.returning")}`}
          testId="chart-customers"
          empty={empty}
          csv={csvHref(query, "overview", "days")}
        >
          <Bars
            data={data.days}
            x="label"
            series={[
              { key: "newCustomers", label: t("analytics.newCustomers") },
              { key: "returning", label: t("analytics.returning") },
            ]}
            href={(p) => drillHref(query, { day: p.day })}
          />
        </ChartPanel>
      </div>
    </>
  );
}
