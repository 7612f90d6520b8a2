import { DailyCharts } from "@/components/analytics/daily-charts";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { formatMoney, formatPercent } from "@/lib/platform/i18n/format";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { getAnalyticsOverview } from "@/lib/analytics/server/queries";

const DAYS = 14;

export default async function AnalyticsPage() {
  const actor = await requirePagePermission("analytics.view");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const overview = await getAnalyticsOverview(scope, { days: DAYS });
  const { totals } = overview;
  const noData = t("common.noData");
  const rating =
    overview.avgRating === null
      ? noData
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 2,
        }).format(overview.avgRating);
  return (
    <>
      <PageHeader title={t("analytics.title")} subtitle={t("analytics.last14")} />
      <div className="grid stats" data-testid="analytics-stats">
        <StatCard
          label={t("analytics.orders")}
          value={new Intl.NumberFormat(locale).format(totals.orders)}
          testId="stat-orders"
        />
        <StatCard
          label={t("analytics.gmvTotal")}
          value={formatMoney(totals.gmvCents, locale)}
          testId="stat-gmv"
        />
        <StatCard
          label={t("analytics.onTime")}
          value={totals.onTimeRate === null ? noData : formatPercent(totals.onTimeRate, locale)}
          testId="stat-on-time"
        />
        <StatCard label={t("analytics.avgRating")} value={rating} testId="stat-rating" />
        <StatCard
          label={t("analytics.refunds")}
          value={formatMoney(overview.refundsCents, locale)}
          testId="stat-refunds"
        />
      </div>
      <DailyCharts data={overview.days} />
    </>
  );
}
