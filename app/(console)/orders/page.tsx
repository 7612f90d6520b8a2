import Link from "next/link";
import { actorCan } from "@/lib/platform/actor";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Suspense } from "react";
import { z } from "zod";
import { OrderBoard } from "@/components/orders/order-board";
import { OrdersTable } from "@/components/orders/orders-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusFilterPills } from "@/components/ui/status-filter-pills";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { startOfBusinessDay } from "@/lib/platform/time";
import { makeQueryClient } from "@/lib/platform/query-client";
import { findStoreOptions, selectedStoreScope } from "@/lib/stores/server/queries";
import {
  findBoardOrders,
  findRecentOrders,
  findStatusCounts,
  getOrderDetail,
} from "@/lib/orders/server/queries";
import { boardFiltersSchema, orderKeys } from "@/lib/orders/query-options";
import { OrderStatus } from "@/lib/generated/prisma/enums";

const listSchema = z.object({
  status: z.enum(OrderStatus).optional().catch(undefined),
  order: z.string().max(64).optional().catch(undefined),
});

const STATUSES = Object.values(OrderStatus);

export default async function OrdersPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("orders.view");
  const params = await props.searchParams;
  const { status, order } = listSchema.parse(params);
  const filters = boardFiltersSchema.parse(params);
  const [{ t, locale }, scope, stores] = await Promise.all([
    getTranslator(),
    selectedStoreScope(actor),
    findStoreOptions(actor),
  ]);
  const queryClient = makeQueryClient();
  const [counts, { rows, total }] = await Promise.all([
    findStatusCounts(scope, startOfBusinessDay()),
    findRecentOrders(actor, scope, { status, limit: 100 }),
    queryClient.prefetchQuery({
      queryKey: orderKeys.board(filters),
      queryFn: () => findBoardOrders(actor, scope, filters),
    }),
    order
      ? queryClient.prefetchQuery({
          queryKey: orderKeys.detail(order),
          queryFn: () => getOrderDetail(actor, order),
        })
      : null,
  ]);
  const countOf = (s: string) => counts.find((c) => c.status === s)?.count ?? 0;
  return (
    <>
      <PageHeader
        title={t("orders.title")}
        subtitle={t("board.subtitle")}
        actions={
          actorCan(actor, "orders.create") ? (
            <Link href="/orders/new" className="button primary" data-testid="new-order-link">
              {t("entry.title")}
            </Link>
          ) : null
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Suspense fallback={<div className="panel board-skeleton" aria-busy="true" />}>
          <OrderBoard stores={stores} />
        </Suspense>
      </HydrationBoundary>
      <section className="panel">
        <h2>
          {t("board.allOrders")} · {t("common.showing", { shown: rows.length, total })}
        </h2>
        <StatusFilterPills
          basePath="/orders"
          totalLabel={t("common.total")}
          pills={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`), count: countOf(s) }))}
          selected={status}
          testId="status-counts"
        />
        <OrdersTable rows={rows} locale={locale} t={t} />
      </section>
    </>
  );
}
