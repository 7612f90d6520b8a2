import { z } from "zod";
import { IngredientsTable } from "@/components/menu/ingredients-table";
import { MenuItemsTable } from "@/components/menu/menu-items-table";
import { StorePicker } from "@/components/menu/store-picker";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { actorCan } from "@/lib/platform/actor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { findIngredients, findMenuSections, getMenuStore } from "@/lib/menu/server/queries";
import { findCategoryRows } from "@/lib/menu/server/editor-queries";
import { CategoriesPanel } from "@/components/menu/categories-panel";
import Link from "next/link";
import { BULK_FORM_ID, BulkEditBar } from "@/components/menu/bulk-edit-bar";
import { MenuFilterForm } from "@/components/menu/menu-filter-form";
import { filterSections, NO_CATEGORY } from "@/lib/menu/domain/filter";

const searchSchema = z.object({
  store: z.string().min(1).max(64).optional().catch(undefined),
  q: z.string().max(80).optional().catch(undefined),
  cat: z.string().min(1).max(64).optional().catch(undefined),
});

export default async function MenuPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store, stores }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) {
    return (
      <>
        <PageHeader title={t("menu.title")} />
        <EmptyState message={t("menu.noStore")} />
      </>
    );
  }
  const canEdit = actorCan(actor, "menu.edit");
  const [allSections, ingredients, categories] = await Promise.all([
    findMenuSections(store.id),
    findIngredients(store.id),
    canEdit ? findCategoryRows(store.id) : Promise.resolve([]),
  ]);
  const sections = filterSections(allSections, search);
  const catLabel = (c: { nameZh: string; nameEn: string }) =>
    locale === "en" ? c.nameEn : c.nameZh;
  return (
    <>
      <PageHeader
        title={t("menu.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
        actions={
          stores.length > 1 ? (
            <StorePicker stores={stores} currentId={store.id} locale={locale} t={t} />
          ) : null
        }
      />
      <MenuSubnav current="/menu" storeId={store.id} t={t} />
      {canEdit ? (
        <section className="panel">
          <h2>{t("menu.cat.title")}</h2>
          <CategoriesPanel storeId={store.id} rows={categories} />
        </section>
      ) : null}
      <section className="panel">
        <h2>{t("menu.items")}</h2>
        {canEdit ? (
          <Link
            className="button primary"
            href={`/menu/items/new?store=${encodeURIComponent(store.id)}`}
          >
            {t("menu.ed.new")}
          </Link>
        ) : null}
        <MenuFilterForm
          storeId={store.id}
          search={search}
          categories={allSections.map((s) => ({
            id: s.categoryId ?? NO_CATEGORY,
            label: s.categoryId ? catLabel(s) : t("menu.uncategorized"),
          }))}
          t={t}
        />
        {canEdit ? (
          <BulkEditBar
            storeId={store.id}
            categories={categories.map((c) => ({
              id: c.id,
              label: `${c.depth ? "— " : ""}${catLabel(c)}`,
            }))}
          />
        ) : null}
        <MenuItemsTable
          editStoreId={canEdit ? store.id : null}
          bulkFormId={canEdit ? BULK_FORM_ID : null}
          sections={sections}
          locale={locale}
          t={t}
          canSoldOut={actorCan(actor, "stock.adjust")}
        />
      </section>
      {ingredients.length > 0 ? (
        <section className="panel">
          <h2>{t("menu.ingredients")}</h2>
          <IngredientsTable rows={ingredients} locale={locale} t={t} />
        </section>
      ) : null}
    </>
  );
}
