"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { CampaignStats } from "@/lib/analytics/server/campaigns";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

const same = (v: number | null) => ({ value: v, previous: null, change: null });

/** Campaign cost, redemptions, revenue with campaign and the estimated lift. */
export function CampaignsView({
  data,
  query,
}: {
  data: CampaignStats;
  query: Record<string, string>;
}) {
  const { t } = useI18n();
  const l = data.lift;
  return (
    <>
      <KpiCards
        items={[
          {
            label: t("analytics.aovWith"),
            value: same(l.withCampaign === null ? null : l.withCampaign * 100),
            kind: "money",
            testId: "kpi-aov-with",
          },
          {
            label: t("analytics.aovWithout"),
            value: same(l.without === null ? null : l.without * 100),
            kind: "money",
            testId: "kpi-aov-without",
          },
          {
            label: t("analytics.lift"),
            value: same(l.estimate),
            kind: "percent",
            testId: "kpi-lift",
          },
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
