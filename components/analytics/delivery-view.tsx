"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatPercent } from "@/lib/platform/i18n/format";
import type { DeliveryStats } from "@/lib/analytics/server/delivery";
import { BarPanel } from "./bar-panel";
import { csvHref, drillHref } from "./drill";
import { DrillTable } from "./drill-table";
import { KpiCards } from "./kpi-cards";

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
  const k = data.kpis;
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
          { label: t("analytics.p50"), value: k.p50, kind: "number", testId: "kpi-p50" },
          { label: t("analytics.p90"), value: k.p90, kind: "number", testId: "kpi-p90" },
          {
            label: t("analytics.onTime"),
            value: k.onTimeRate,
            kind: "percent",
            testId: "kpi-on-time",
          },
          {
            label: t("analytics.avgMinutes"),
            value: k.avgMinutes,
            kind: "number",
            testId: "kpi-avg",
          },
        ]}
      />
      <p className="muted">{t("analytics.percentileNote")}</p>
      <div className="grid two">
        <BarPanel
          title={t("analytics.deliveryDist")}
          testId="chart-delivery-dist"
          csv={csvHref(query, "delivery", "histogram")}
          empty={o.delivered === 0}
          data={data.histogram.map((h, index) => ({ ...h, index }))}
          x="bucket"
          series={[{ key: "orders", label: t("analytics.orders") }]}
          href={(p) => drillHref(query, { bucket: p.index })}
        />
        <BarPanel
          title={t("analytics.byZone")}
          testId="chart-delivery-zone"
          csv={csvHref(query, "delivery", "zones")}
          data={zones}
          x="name"
          series={pct}
          href={(p) => drillHref({ ...query, zone: p.zoneId }, {})}
        />
        <BarPanel
          title={t("analytics.byHour")}
          testId="chart-delivery-hour"
          csv={csvHref(query, "delivery", "hours")}
          data={hours}
          x="label"
          series={pct.map((s) => ({ ...s, line: true }))}
          href={(p) => drillHref(query, { hour: p.hour })}
        />
        <BarPanel
          title={t("analytics.prepByStore")}
          testId="chart-prep"
          csv={csvHref(query, "delivery", "prep")}
          data={prep}
          x="name"
          layout="vertical"
          series={[{ key: "prepMinutes", label: t("analytics.avgMinutes") }]}
          href={(p) => drillHref({ ...query, store: p.storeId }, {})}
        />
        <DrillTable
          title={t("analytics.couriers")}
          testId="table-couriers"
          csv={csvHref(query, "delivery", "couriers")}
          head={t("analytics.courier")}
          rows={data.couriers}
          rowKey={(c) => c.courierId}
          name={(c) => c.name}
          href={(c) => drillHref(query, { courier: c.courierId })}
          columns={[
            { key: "deliveries", label: t("analytics.deliveries"), cell: (c) => c.deliveries },
            {
              key: "onTime",
              label: t("analytics.onTime"),
              cell: (c) =>
                c.onTimeRate === null ? t("common.noData") : formatPercent(c.onTimeRate, locale),
            },
            {
              key: "avg",
              label: t("analytics.avgMinutes"),
              cell: (c) => (c.avgMinutes === null ? t("common.noData") : c.avgMinutes.toFixed(1)),
            },
            {
              key: "online",
              label: t("analytics.onlineHours"),
              cell: (c) => c.onlineHours.toFixed(1),
            },
            {
              key: "perHour",
              label: t("analytics.perOnlineHour"),
              cell: (c) =>
                c.perOnlineHour === null ? t("common.noData") : c.perOnlineHour.toFixed(2),
            },
          ]}
        />
      </div>
    </>
  );
}
