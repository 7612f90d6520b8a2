import { z } from "zod";
import { TicketsTable } from "@/components/support/tickets-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusFilterPills } from "@/components/ui/status-filter-pills";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findTickets, findTicketStatusCounts } from "@/lib/support/server/queries";
import { TicketStatus } from "@/lib/generated/prisma/enums";

const searchSchema = z.object({
  status: z.enum(TicketStatus).optional().catch(undefined),
});

const STATUSES = Object.values(TicketStatus);
const LIMIT = 100;

export default async function SupportPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("support.view");
  const { status } = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const [counts, rows] = await Promise.all([
    findTicketStatusCounts(scope),
    findTickets(scope, { status, limit: LIMIT }),
  ]);
  const countOf = (s: string) => counts.find((c) => c.status === s)?.count ?? 0;
  const total = status ? countOf(status) : counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <>
      <PageHeader
        title={t("support.title")}
        subtitle={t("common.showing", { shown: rows.length, total })}
      />
      <section className="panel">
        <h2>{t("support.byStatus")}</h2>
        <StatusFilterPills
          basePath="/support"
          totalLabel={t("common.total")}
          pills={STATUSES.map((s) => ({
            value: s,
            label: t(`ticketStatus.${s}`),
            count: countOf(s),
          }))}
          selected={status}
          testId="ticket-status-counts"
        />
      </section>
      <section className="panel">
        <TicketsTable rows={rows} locale={locale} t={t} />
      </section>
    </>
  );
}
