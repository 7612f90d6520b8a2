"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { SupportStats } from "@/lib/analytics/server/support";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

/** Ticket volume, response and resolution times, CSAT, top reasons. */
export function SupportView({
  data,
  query,
}: {
  data: SupportStats;
  query: Record<string, string>;
}) {
  const { t } = useI18n();
  const k = data.kpis;
  return (
    <>
      <KpiCards
        items={[
          { label: t("analytics.tickets"), value: k.tickets, kind: "count", testId: "kpi-tickets" },
          {
            label: t("analytics.responseMinutes"),
            value: k.responseMinutes,
            kind: "number",
            testId: "kpi-response",
          },
          {
            label: t("analytics.resolutionHours"),
            value: k.resolutionHours,
            kind: "number",
            testId: "kpi-resolution",
          },
          { label: t("analytics.csat"), value: k.csat, kind: "number", testId: "kpi-csat" },
        ]}
      />
      <div className="grid two">
        <ChartPanel
          title={t("analytics.ticketsPerDay")}
          testId="chart-tickets"
          empty={data.days.every((d) => d.tickets === 0)}
          csv={csvHref(query, "support", "days")}
        >
          <Bars
            data={data.days}
            x="label"
            series={[{ key: "tickets", label: t("analytics.tickets") }]}
            href={(p) => drillHref(query, { day: p.day }, "tickets")}
          />
        </ChartPanel>
        <ChartPanel
          title={t("analytics.topReasons")}
          testId="chart-reasons"
          empty={data.reasons.length === 0}
          csv={csvHref(query, "support", "reasons")}
        >
          <Bars
            data={data.reasons}
            x="reason"
            layout="vertical"
            series={[{ key: "tickets", label: t("analytics.tickets") }]}
            href={(p) => drillHref(query, { reason: p.reason }, "tickets")}
          />
        </ChartPanel>
      </div>
    </>
  );
}
