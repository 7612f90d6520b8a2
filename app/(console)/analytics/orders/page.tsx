import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportButton } from "@/components/analytics/export-button";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { formatDateTime, formatMoney } from "@/lib/platform/i18n/format";
import { loadDrill } from "@/lib/analytics/server/drill-page";
import { findDrillOrders, PAGE_SIZE } from "@/lib/analytics/server/drill";

export default async function AnalyticsOrdersPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("analytics.view");
  const [{ t, locale }, { page, drill, drillQuery }] = await Promise.all([
    getTranslator(),
    loadDrill(actor, await props.searchParams),
  ]);
  const qs = new URLSearchParams({ ...page.query, ...drillQuery }).toString();
  const back = (
    <Link className="button" href={`/analytics?${new URLSearchParams(page.query).toString()}`}>
      {t("analytics.drill.back")}
    </Link>
  );
  if (!page.ok) {
    return (
      <>
        <PageHeader title={t("analytics.drill.orders")} actions={back} />
        <div className="panel" role="alert" data-testid="analytics-filter-error">
          {page.message}
        </div>
      </>
    );
  }
  const result = await findDrillOrders(page.scope, drill);
  const next = result.page * PAGE_SIZE < result.total ? result.page + 1 : null;
  return (
    <>
      <PageHeader
        title={t("analytics.drill.orders")}
        subtitle={t("analytics.drill.count", { n: result.total })}
        actions={
          <>
            {back} <ExportButton href={`/api/analytics/orders?${qs}`} total={result.total} />
          </>
        }
      />
      <section className="panel table-wrap" data-testid="drill-orders" data-total={result.total}>
        {result.orders.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>{t("analytics.drill.code")}</th>
                <th>{t("analytics.drill.placed")}</th>
                <th>{t("common.store")}</th>
                <th>{t("analytics.filter.zone")}</th>
                <th>{t("analytics.drill.channel")}</th>
                <th>{t("common.status")}</th>
                <th className="num">{t("common.total")}</th>
              </tr>
            </thead>
            <tbody>
              {result.orders.map((o) => (
                <tr key={o.id} data-testid="drill-order-row">
                  <td>
                    <Link href={`/orders?order=${o.id}`}>{o.code}</Link>
                  </td>
                  <td>{formatDateTime(o.placedAt, locale)}</td>
                  <td>{o.store.code}</td>
                  <td>{o.zone?.name ?? "—"}</td>
                  <td>{o.channel}</td>
                  <td>{o.status}</td>
                  <td className="num">{formatMoney(o.totalCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next ? (
          <Link className="button" href={`/analytics/orders?${qs}&page=${next}`}>
            {t("analytics.drill.more")}
          </Link>
        ) : null}
      </section>
    </>
  );
}
