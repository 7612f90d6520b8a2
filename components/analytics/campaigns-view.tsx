"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { Compared } from "@/lib/analytics/domain/metrics";
import type { CampaignStats } from "@/lib/analytics/server/campaigns";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

/** Campaign cost, redemptions, revenue with campaign and the estimated lift. */
export function CampaignsView({
  data,
  query,
}: {
  data: CampaignStats;
  query: Record<string, string>;
}) {
  const { t } = useI18n();
  const k = data.kpis;
  // Yuan figures shown as money (minor units); the change is the same either way.
  const cents = (c: Compared): Compared => ({
    value: c.value === null ? null : c.value * 100,
    previous: c.previous === null ? null : c.previous * 100,
    change: c.change,
  });
  return (
    <>
      <KpiCards
        items={[
          {
            label: t("analytics.redemptions"),
            value: k.redemptions,
            kind: "count",
            testId: "kpi-redemptions",
          },
          {
            label: t("analytics.cost"),
            value: cents(k.costYuan),
            kind: "money",
            testId: "kpi-cost",
          },
          {
            label: t("analytics.revenueWith"),
            value: cents(k.revenueYuan),
            kind: "money",
            testId: "kpi-revenue-with",
          },
          {
            label: t("analytics.aovWith"),
            value: cents(k.withCampaign),
            kind: "money",
            testId: "kpi-aov-with",
          },
          {
            label: t("analytics.aovWithout"),
            value: cents(k.without),
            kind: "money",
            testId: "kpi-aov-without",
          },
          { label: t("analytics.lift"), value: k.lift, kind: "percent", testId: "kpi-lift" },
        ]}
      />
      <p className="muted">{t("analytics.liftNote")}</p>
      <ChartPanel
        title={t("analytics.redemptions")}
        testId="chart-campaigns"
        empty={data.campaigns.length === 0}
        csv={csvHref(query, "campaigns", "campaigns")}
      >
        <Bars
          data={data.campaigns}
          x="name"
          layout="vertical"
          series={[
            { key: "redemptions", label: t("analytics.redemptions") },
            { key: "costYuan", label: t("analytics.cost") },
            { key: "revenueYuan", label: t("analytics.revenueWith") },
          ]}
          href={(p) => drillHref(query, { campaign: p.campaignId })}
        />
      </ChartPanel>
    </>
  );
}
