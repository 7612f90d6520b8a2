"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatPercent } from "@/lib/platform/i18n/format";
import type { DeliveryStats } from "@/lib/analytics/server/delivery";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

const same = (v: number | null) => ({ value: v, previous: null, change: null });
const round = (v: number | null) => (v === null ? 0 : Math.round(v * 10) / 10);

/** Delivery time p50/p90 by zone and hour, on-time rate, prep by store, couriers. */
export function DeliveryView({
  data,
  query,
}: {
  data: DeliveryStats;
  query: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const o = data.overall;
  const zones = data.zones.map((z) => ({ ...z, p50: round(z.p50), p90: round(z.p90) }));
  const hours = data.hours.map((h) => ({
    ...h,
    label: String(h.hour),
    p50: round(h.p50),
    p90: round(h.p90),
  }));
  const prep = data.prep.map((p) => ({ ...p, prepMinutes: round(p.prepMinutes) }));
  const pct = [
    { key: "p50", label: t("analytics.p50") },
    { key: "p90", label: t("analytics.p90") },
  ];
  return (
    <>
      <KpiCards
        items={[
          { label: t("analytics.p50"), value: same(o.p50), kind: "number", testId: "kpi-p50" },
          { label: t("analytics.p90"), value: same(o.p90), kind: "number", testId: "kpi-p90" },
          {
            label: t("analytics.onTime"),
            value: same(o.onTimeRate),
            kind: "percent",
            testId: "kpi-on-time",
          },
          {
            label: t("analytics.avgMinutes"),
            value: same(o.avgMinutes),
            kind: "number",
            testId: "kpi-avg",
          },
        ]}
      />
      <p className="muted">{t("analytics.percentileNote")}</p>
      <div className="grid two">
        <ChartPanel
          title={t("analytics.deliveryDist")}
          testId="chart-delivery-dist"
          empty={o.delivered === 0}
          csv={csvHref(query, "delivery", "histogram")}
        >
          <Bars
            data={data.histogram}
            x="bucket"
            series={[{ key: "orders", label: t("analytics.orders") }]}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.byZone")}
          testId="chart-delivery-zone"
          empty={zones.length === 0}
          csv={csvHref(query, "delivery", "zones")}
        >
          <Bars
            data={zones}
            x="name"
            series={pct}
            href={(p) => drillHref({ ...query, zone: p.zoneId }, {})}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.byHour")}
          testId="chart-delivery-hour"
          empty={hours.length === 0}
          csv={csvHref(query, "delivery", "hours")}
        >
          <Bars
            data={hours}
            x="label"
            series={pct.map((s) => ({ ...s, line: true }))}
            href={(p) => drillHref(query, { hour: p.hour })}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.prepByStore")}
          testId="chart-prep"
          empty={prep.length === 0}
          csv={csvHref(query, "delivery", "prep")}
        >
          <Bars
            data={prep}
            x="name"
            layout="vertical"
            series={[{ key: "prepMinutes", label: t("analytics.avgMinutes") }]}
            href={(p) => drillHref({ ...query, store: p.storeId }, {})}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.couriers")}
          testId="table-couriers"
          empty={data.couriers.length === 0}
          csv={csvHref(query, "delivery", "couriers")}
          tall
        >
          <table className="data">
            <thead>
              <tr>
                <th>{t("analytics.courier")}</th>
                <th className="num">{t("analytics.deliveries")}</th>
                <th className="num">{t("analytics.onTime")}</th>
                <th className="num">{t("analytics.avgMinutes")}</th>
              </tr>
            </thead>
            <tbody>
              {data.couriers.map((c) => (
                <tr key={c.courierId}>
                  <td>
                    <a href={drillHref(query, { courier: c.courierId })}>{c.name}</a>
                  </td>
                  <td className="num">{c.deliveries}</td>
                  <td className="num">
                    {c.onTimeRate === null
                      ? t("common.noData")
                      : formatPercent(c.onTimeRate, locale)}
                  </td>
                  <td className="num">
                    {c.avgMinutes === null ? t("common.noData") : c.avgMinutes.toFixed(1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartPanel>
      </div>
    </>
  );
}
