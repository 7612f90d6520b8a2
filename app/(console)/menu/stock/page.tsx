import { z } from "zod";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { StockAdjustForm } from "@/components/menu/stock-adjust-form";
import { StockLedgerTable } from "@/components/menu/stock-ledger-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { getMenuStore } from "@/lib/menu/server/queries";
import { findStockLedger, findStockTargets } from "@/lib/menu/server/ledger-queries";

const searchSchema = z.object({ store: z.string().min(1).max(64).optional().catch(undefined) });

export default async function StockLedgerPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  const canAdjust = actorCan(actor, "stock.adjust");
  const [rows, targets] = await Promise.all([
    findStockLedger(store.id),
    canAdjust ? findStockTargets(store.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={t("menu.stock.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
      />
      <MenuSubnav current="/menu/stock" storeId={store.id} t={t} />
      {canAdjust && targets.length > 0 ? (
        <section className="panel">
          <h2>{t("menu.stock.adjust")}</h2>
          <StockAdjustForm targets={targets} />
        </section>
      ) : null}
      <section className="panel">
        <StockLedgerTable rows={rows} locale={locale} t={t} />
      </section>
    </>
  );
}
