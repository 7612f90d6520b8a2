import { z } from "zod";
import { OrdersTable } from "@/components/orders/orders-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusFilterPills } from "@/components/ui/status-filter-pills";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { startOfBusinessDay } from "@/lib/platform/time";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findRecentOrders, findStatusCounts } from "@/lib/orders/server/queries";
import { OrderStatus } from "@/lib/generated/prisma/enums";

const searchSchema = z.object({
  status: z.enum(OrderStatus).optional().catch(undefined),
});

const STATUSES = Object.values(OrderStatus);

export default async function OrdersPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("orders.view");
  const { status } = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const [counts, { rows, total }] = await Promise.all([
    findStatusCounts(scope, startOfBusinessDay()),
    findRecentOrders(actor, scope, { status, limit: 100 }),
  ]);
  const countOf = (s: string) => counts.find((c) => c.status === s)?.count ?? 0;
  return (
    <>
      <PageHeader
        title={t("orders.title")}
        subtitle={t("common.showing", { shown: rows.length, total })}
      />
      <section className="panel">
        <h2>
          {t("orders.byStatus")} · {t("home.title")}
        </h2>
        <StatusFilterPills
          basePath="/orders"
          totalLabel={t("common.total")}
          pills={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`), count: countOf(s) }))}
          selected={status}
          testId="status-counts"
        />
      </section>
      <section className="panel">
        <OrdersTable rows={rows} locale={locale} t={t} />
      </section>
    </>
  );
}
