"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useI18n } from "@/components/providers/i18n-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { DailyPoint } from "@/lib/analytics/daily-metrics";

const GRID = "#e3e6ec";

/** Orders per day (bars) and GMV per day (line), from points prepared on the server. */
export function DailyCharts({ data }: { data: DailyPoint[] }) {
  const { t, locale } = useI18n();
  const empty = data.every((d) => d.orders === 0);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <div className="grid two">
      <section className="panel">
        <h2>{t("analytics.ordersPerDay")}</h2>
        <div className="chart-box" data-testid="orders-chart">
          {empty ? (
            <EmptyState message={t("common.noData")} />
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                <XAxis dataKey="label" tickLine={false} />
                <YAxis allowDecimals={false} width={40} tickLine={false} />
                <Tooltip formatter={(value) => [String(value), t("analytics.orders")]} />
                <Bar
                  dataKey="orders"
                  fill="#f05a28"
                  radius={[4, 4, 0, 0]}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
      </section>
      <section className="panel">
        <h2>{t("analytics.gmvPerDay")}</h2>
        <div className="chart-box" data-testid="gmv-chart">
          {empty ? (
            <EmptyState message={t("common.noData")} />
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                <XAxis dataKey="label" tickLine={false} />
                <YAxis
                  width={56}
                  tickLine={false}
                  tickFormatter={(v: number) => compact.format(v)}
                />
                <Tooltip
                  formatter={(value) => [
                    formatMoney(Math.round(Number(value) * 100), locale),
                    t("analytics.gmv"),
                  ]}
                />
                <Line
                  type="monotone"
                  dataKey="gmvYuan"
                  stroke="#2563eb"
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          )}
        </div>
      </section>
    </div>
  );
}
