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

const searchSchema = z.object({
  store: z.string().min(1).max(64).optional().catch(undefined),
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
  const [sections, ingredients, categories] = await Promise.all([
    findMenuSections(store.id),
    findIngredients(store.id),
    canEdit ? findCategoryRows(store.id) : Promise.resolve([]),
  ]);
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
        <MenuItemsTable
          editStoreId={canEdit ? store.id : null}
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
