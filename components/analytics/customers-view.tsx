"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatPercent } from "@/lib/platform/i18n/format";
import type { CustomerStats } from "@/lib/analytics/server/customers";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

/** Retention cohorts by first-order week, repeat rate and lapsed customers. */
export function CustomersView({
  data,
  query,
}: {
  data: CustomerStats;
  query: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const weeks = data.cohorts[0]?.retention.length ?? 0;
  return (
    <>
      <KpiCards
        items={[
          {
            label: t("analytics.activeCustomers"),
            value: data.kpis.active,
            kind: "count",
            testId: "kpi-active",
          },
          {
            label: t("analytics.repeatRate"),
            value: data.kpis.repeatRate,
            kind: "percent",
            testId: "kpi-repeat",
          },
          {
            label: t("analytics.lapsed"),
            value: data.kpis.lapsed,
            kind: "count",
            testId: "kpi-lapsed",
          },
        ]}
      />
      <p className="muted">{t("analytics.customersNote")}</p>
      <ChartPanel
        title={t("analytics.cohorts")}
        testId="chart-cohorts"
        empty={data.cohorts.every((c) => c.size === 0)}
        csv={csvHref(query, "customers", "cohorts")}
        tall
      >
        <table className="data">
          <thead>
            <tr>
              <th>{t("analytics.cohortWeek")}</th>
              <th className="num">{t("analytics.cohortSize")}</th>
              {Array.from({ length: weeks }, (_, i) => (
                <th key={i} className="num">
                  {t("analytics.weekN", { n: i + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.cohorts.map((c) => (
              <tr key={c.week}>
                <td>
                  <a
                    href={drillHref({ ...query, from: c.week }, { cohort: c.week })}
                    data-testid={`cohort-${c.week}`}
                  >
                    {c.week}
                  </a>
                </td>
                <td className="num">{c.size}</td>
                {c.retention.map((r, i) => (
                  <td
                    key={i}
                    className="num"
                    style={{
                      background:
                        r === null ? undefined : `rgba(37,99,235,${Math.min(1, r * 2).toFixed(2)})`,
                    }}
                  >
                    {r === null ? "" : formatPercent(r, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ChartPanel>
    </>
  );
}
