import { z } from "zod";
import { DraftPoButton } from "@/components/menu/draft-po-button";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { getMenuStore } from "@/lib/menu/server/queries";
import { findReorderSuggestions } from "@/lib/menu/server/supply-queries";

const searchSchema = z.object({ store: z.string().min(1).max(64).optional().catch(undefined) });

export default async function ReorderPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  const rows = await findReorderSuggestions(db, store.id);
  const due = rows.filter((r) => r.suggestedQty > 0 && r.supplierId !== null);
  return (
    <>
      <PageHeader
        title={t("menu.reorder.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
      />
      <MenuSubnav current="/menu/reorder" storeId={store.id} t={t} />
      <section className="panel">
        {rows.length === 0 ? (
          <EmptyState message={t("menu.reorder.none")} />
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="reorder-suggestions">
              <thead>
                <tr>
                  <th>{t("menu.ingredient")}</th>
                  <th className="num">{t("menu.stock")}</th>
                  <th className="num">{t("menu.reorder.daily")}</th>
                  <th className="num">{t("menu.reorder.cover")}</th>
                  <th>{t("menu.reorder.supplier")}</th>
                  <th className="num">{t("menu.reorder.point")}</th>
                  <th className="num">{t("menu.reorder.suggested")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.ingredientId} data-suggested={r.suggestedQty > 0 || undefined}>
                    <td>{r.name}</td>
                    <td className="num">
                      {r.stockQty} {r.unit}
                    </td>
                    <td className="num">{r.dailyUsage}</td>
                    <td className="num">{r.daysOfCover ?? "—"}</td>
                    <td>
                      {r.supplierName ?? "—"} ({r.leadTimeDays})
                    </td>
                    <td className="num">{r.reorderPoint}</td>
                    <td className="num">
                      {r.suggestedQty > 0 ? <strong>{r.suggestedQty}</strong> : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {actorCan(actor, "supply.manage") && due.length > 0 ? (
          <DraftPoButton
            storeId={store.id}
            lines={due.map((r) => ({
              supplierId: r.supplierId ?? "",
              ingredientId: r.ingredientId,
              quantity: r.suggestedQty,
              unitCostCents: r.unitCostCents ?? 0,
            }))}
          />
        ) : null}
      </section>
    </>
  );
}
