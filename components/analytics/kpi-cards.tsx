"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney, formatPercent } from "@/lib/platform/i18n/format";
import type { Compared } from "@/lib/analytics/domain/metrics";

export type Kpi = {
  label: string;
  value: Compared;
  kind: "count" | "money" | "percent" | "number";
  testId: string;
};

/** Headline numbers with the change against the previous period ("no data" when undefined). */
export function KpiCards({ items }: { items: Kpi[] }) {
  const { t, locale } = useI18n();
  const format = (v: number | null, kind: Kpi["kind"]) => {
    if (v === null || !Number.isFinite(v)) return t("common.noData");
    if (kind === "money") return formatMoney(Math.round(v), locale);
    if (kind === "percent") return formatPercent(v, locale);
    return new Intl.NumberFormat(locale, {
      maximumFractionDigits: kind === "count" ? 0 : 1,
    }).format(v);
  };
  return (
    <div className="grid stats" data-testid="analytics-kpis">
      {items.map((k) => (
        <div className="panel stat" key={k.testId} data-testid={k.testId}>
          <div className="label">{k.label}</div>
          <div className="value">{format(k.value.value, k.kind)}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {t("analytics.vsPrevious")}:{" "}
            {k.value.change === null
              ? t("common.noData")
              : `${k.value.change >= 0 ? "+" : ""}${formatPercent(k.value.change, locale)}`}
          </div>
        </div>
      ))}
    </div>
  );
}
