"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useI18n } from "@/components/providers/i18n-provider";
import type { CampaignDay } from "@/lib/campaigns/domain/daily";

const GRID = "#e3e6ec";

/** Per day: discount cost stacked by who bears it, redemptions, and revenue with the campaign. */
export function CampaignResultsChart(props: { days: CampaignDay[] }) {
  const { t } = useI18n();
  const data = props.days.map((d) => ({
    day: d.day.slice(5),
    redemptions: d.redemptions,
    store: d.storeCostCents / 100,
    platform: d.platformCostCents / 100,
    revenue: d.revenueCents / 100,
  }));
  if (data.length === 0) {
    return (
      <p className="muted" data-testid="campaign-chart-empty">
        {t("common.noData")}
      </p>
    );
  }
  return (
    <div data-testid="campaign-chart">
      <h3>{t("campaigns.results.chartCost")}</h3>
      <div className="chart-box" data-testid="campaign-chart-cost">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="day" tickLine={false} />
            <YAxis yAxisId="yuan" width={56} tickLine={false} unit="¥" />
            <YAxis yAxisId="count" orientation="right" width={40} tickLine={false} />
            <Tooltip />
            <Legend />
            <Bar
              yAxisId="yuan"
              dataKey="store"
              stackId="cost"
              name={t("campaigns.results.storeCost")}
              fill="#f05a28"
              isAnimationActive={false}
            />
            <Bar
              yAxisId="yuan"
              dataKey="platform"
              stackId="cost"
              name={t("campaigns.results.platformCost")}
              fill="#2563eb"
              isAnimationActive={false}
            />
            <Line
              yAxisId="count"
              dataKey="redemptions"
              name={t("campaigns.results.redemptions")}
              stroke="#16a34a"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <h3>{t("campaigns.results.chartRevenue")}</h3>
      <div className="chart-box" data-testid="campaign-chart-revenue">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="day" tickLine={false} />
            <YAxis width={56} tickLine={false} unit="¥" />
            <Tooltip />
            <Bar
              dataKey="revenue"
              name={t("campaigns.results.revenue")}
              fill="#a855f7"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
