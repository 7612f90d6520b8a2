import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/analytics/print-button";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { formatMoney, formatPercent } from "@/lib/platform/i18n/format";
import { loadPageScope } from "@/lib/analytics/server/page-data";
import { getOverview } from "@/lib/analytics/server/overview";
import { getDeliveryStats } from "@/lib/analytics/server/delivery";
import { getSupportStats } from "@/lib/analytics/server/support";
import { getMenuStats } from "@/lib/analytics/server/menu";

/** Printable daily summary for one store: the `to` day of the filters. */
export default async function DailyReportPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("analytics.view");
  const params = await props.searchParams;
  const [{ t, locale }, page] = await Promise.all([getTranslator(), loadPageScope(actor, params)]);
  const back = (
    <Link className="button" href={`/analytics?${new URLSearchParams(page.query).toString()}`}>
      {t("analytics.drill.back")}
    </Link>
  );
  const storeId = page.query.store;
  const store = page.stores.find((s) => s.id === storeId);
  if (!page.ok || !store) {
    return (
      <>
        <PageHeader title={t("analytics.report")} actions={back} />
        <div className="panel" role="alert" data-testid="report-error">
          {page.ok ? t("analytics.report.pickStore") : page.message}
        </div>
      </>
    );
  }
  const day = page.scope.to;
  const scope = {
    ...page.scope,
    from: day,
    to: day,
    days: 1,
    previous: { from: page.scope.previous.to, to: page.scope.previous.to },
  };
  const [overview, delivery, support, menu] = await Promise.all([
    getOverview(scope),
    getDeliveryStats(scope),
    getSupportStats(scope),
    getMenuStats(scope),
  ]);
  const noData = t("common.noData");
  const money = (v: number | null) => (v === null ? noData : formatMoney(Math.round(v), locale));
  const pct = (v: number | null) => (v === null ? noData : formatPercent(v, locale));
  const num = (v: number | null) => (v === null ? noData : v.toFixed(1));
  const k = overview.kpis;
  const rows: [string, string][] = [
    [t("analytics.orders"), String(k.orders.value ?? 0)],
    [t("analytics.gmvTotal"), money(k.gmvCents.value)],
    [t("analytics.net"), money(k.netCents.value)],
    [t("analytics.aov"), money(k.aovCents.value)],
    [t("analytics.cancelRate"), pct(k.cancellationRate.value)],
    [t("analytics.refundRate"), pct(k.refundRate.value)],
    [t("analytics.onTime"), pct(delivery.overall.onTimeRate)],
    [t("analytics.p50"), num(delivery.overall.p50)],
    [t("analytics.p90"), num(delivery.overall.p90)],
    [t("analytics.tickets"), String(support.kpis.tickets.value ?? 0)],
    [t("analytics.csat"), num(support.kpis.csat.value)],
  ];
  const name = locale === "en" ? store.nameEn : store.nameZh;
  return (
    <>
      <PageHeader
        title={t("analytics.report.title", { store: `${store.code} ${name}`, day })}
        actions={
          <span className="no-print">
            {back} <PrintButton label={t("analytics.report.print")} />
          </span>
        }
      />
      <section className="panel" data-testid="daily-report">
        <table className="data">
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th>{label}</th>
                <td className="num">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t("analytics.topDishes")}</h2>
        <ol>
          {menu.top.slice(0, 5).map((d) => (
            <li key={d.itemId}>
              {locale === "en" ? d.nameEn : d.nameZh} × {d.quantity}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
