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
  const [sections, ingredients] = await Promise.all([
    findMenuSections(store.id),
    findIngredients(store.id),
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
      <section className="panel">
        <h2>{t("menu.items")}</h2>
        <MenuItemsTable
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
