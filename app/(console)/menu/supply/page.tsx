import { z } from "zod";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { PoActions } from "@/components/menu/po-actions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { formatMoney, formatTime } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findIngredients, getMenuStore } from "@/lib/menu/server/queries";
import { SupplierForm } from "@/components/menu/supplier-form";
import { findPurchaseOrders, findSuppliers } from "@/lib/menu/server/supply-queries";

const searchSchema = z.object({ store: z.string().min(1).max(64).optional().catch(undefined) });

export default async function SupplyPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  const [orders, suppliers, ingredients] = await Promise.all([
    findPurchaseOrders(db, store.id),
    findSuppliers(db, store.id),
    findIngredients(store.id),
  ]);
  const canManage = actorCan(actor, "supply.manage");
  const canReceive = actorCan(actor, "stock.adjust");
  return (
    <>
      <PageHeader
        title={t("menu.supply.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
      />
      <MenuSubnav current="/menu/supply" storeId={store.id} t={t} />
      <section className="panel">
        <h2>{t("menu.supply.orders")}</h2>
        {orders.length === 0 ? (
          <EmptyState message={t("menu.supply.noOrders")} />
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="purchase-orders">
              <thead>
                <tr>
                  <th>{t("menu.stock.when")}</th>
                  <th>{t("menu.reorder.supplier")}</th>
                  <th>{t("common.status")}</th>
                  <th>{t("menu.supply.ordered")}</th>
                  <th className="num">{t("menu.supply.total")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {orders.map((po) => (
                  <tr key={po.id} data-status={po.status} data-po-id={po.id}>
                    <td>{formatTime(po.createdAt, locale)}</td>
                    <td>{po.supplierName}</td>
                    <td>{t(`menu.supply.status.${po.status}`)}</td>
                    <td className="small">
                      {po.lines
                        .map((l) => `${l.ingredient} ${l.receivedQty}/${l.quantity} ${l.unit}`)
                        .join(" · ")}
                    </td>
                    <td className="num">{formatMoney(po.totalCents, locale)}</td>
                    <td>
                      <PoActions po={po} canManage={canManage} canReceive={canReceive} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel">
        <h2>{t("menu.supply.suppliers")}</h2>
        <table className="data" data-testid="suppliers">
          <tbody>
            {suppliers.map((s) => (
              <tr key={s.id}>
                <td>
                  {canManage && (s.storeId === store.id || actor.storeIds === null) ? (
                    <SupplierForm storeId={store.id} supplier={s} ingredients={ingredients} />
                  ) : (
                    <>
                      {s.name} · {s.contactName ?? ""} · {s.phone ?? ""} ·{" "}
                      {t("menu.supply.leadTime")}: {s.leadTimeDays} ·{" "}
                      {s.ingredients.map((i) => i.name).join("、")}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {canManage ? <SupplierForm storeId={store.id} ingredients={ingredients} /> : null}
      </section>
    </>
  );
}
