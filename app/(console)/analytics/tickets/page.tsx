import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { formatDateTime } from "@/lib/platform/i18n/format";
import { loadDrill } from "@/lib/analytics/server/drill-page";
import { findDrillTickets, PAGE_SIZE } from "@/lib/analytics/server/drill";

export default async function AnalyticsTicketsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("analytics.view");
  const [{ t, locale }, { page, drill, drillQuery }] = await Promise.all([
    getTranslator(),
    loadDrill(actor, await props.searchParams),
  ]);
  const back = (
    <Link
      className="button"
      href={`/analytics/support?${new URLSearchParams(page.query).toString()}`}
    >
      {t("analytics.drill.back")}
    </Link>
  );
  if (!page.ok) {
    return (
      <>
        <PageHeader title={t("analytics.drill.tickets")} actions={back} />
        <div className="panel" role="alert" data-testid="analytics-filter-error">
          {page.message}
        </div>
      </>
    );
  }
  const result = await findDrillTickets(page.scope, drill);
  const qs = new URLSearchParams({ ...page.query, ...drillQuery }).toString();
  const next = result.page * PAGE_SIZE < result.total ? result.page + 1 : null;
  return (
    <>
      <PageHeader
        title={t("analytics.drill.tickets")}
        subtitle={t("analytics.drill.count", { n: result.total })}
        actions={back}
      />
      <section className="panel table-wrap" data-testid="drill-tickets" data-total={result.total}>
        {result.tickets.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>#</th>
                <th>{t("common.time")}</th>
                <th>{t("common.store")}</th>
                <th>{t("analytics.drill.subject")}</th>
                <th>{t("common.status")}</th>
                <th className="num">{t("analytics.csat")}</th>
              </tr>
            </thead>
            <tbody>
              {result.tickets.map((x) => (
                <tr key={x.id} data-testid="drill-ticket-row">
                  <td>
                    <Link href={`/support?ticket=${x.id}`}>{x.code}</Link>
                  </td>
                  <td>{formatDateTime(x.createdAt, locale)}</td>
                  <td>{x.store?.code ?? "—"}</td>
                  <td>{x.subject}</td>
                  <td>{x.status}</td>
                  <td className="num">{x.csatScore ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next ? (
          <Link className="button" href={`/analytics/tickets?${qs}&page=${next}`}>
            {t("analytics.drill.more")}
          </Link>
        ) : null}
      </section>
    </>
  );
}
