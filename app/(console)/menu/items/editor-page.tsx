import Link from "next/link";
import { ItemEditor } from "@/components/menu/item-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { findIngredients, getMenuStore } from "@/lib/menu/server/queries";
import { findCategoryRows, getEditableItem } from "@/lib/menu/server/editor-queries";
import type { MenuItemInput } from "@/lib/menu/schemas";

const blank = (storeId: string): MenuItemInput => ({
  storeId,
  categoryId: null,
  nameZh: "",
  nameEn: "",
  descriptionZh: "",
  descriptionEn: "",
  priceCents: 0,
  active: true,
  stockTracked: false,
  stockQty: null,
  lowStockThreshold: null,
  sortOrder: 0,
  availability: null,
  channelOverrides: {},
  optionGroups: [],
  photoId: null,
});

/** The item editor page for a new (`itemId` null) or an existing dish of the chosen store. */
export async function ItemEditorPage(props: {
  itemId: string | null;
  store?: string;
  saved?: "1" | "approval";
}) {
  const actor = await requirePagePermission("menu.edit");
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, props.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  const [item, categories, ingredients] = await Promise.all([
    props.itemId ? getEditableItem(store.id, props.itemId) : Promise.resolve(null),
    findCategoryRows(store.id),
    findIngredients(store.id),
  ]);
  const back = (
    <Link className="button" href={`/menu?store=${encodeURIComponent(store.id)}`}>
      {t("menu.ed.back")}
    </Link>
  );
  if (props.itemId && !item) {
    return (
      <>
        <PageHeader title={t("menu.ed.title")} actions={back} />
        <EmptyState message={t("menu.ed.notFound")} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={item ? t("menu.ed.title") : t("menu.ed.new")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
        actions={back}
      />
      <ItemEditor
        key={item?.updatedAt ?? "new"}
        saved={props.saved ?? null}
        storeId={store.id}
        itemId={item?.id ?? null}
        updatedAt={item?.updatedAt ?? null}
        photoUrl={item?.photoUrl ?? null}
        initial={item?.values ?? blank(store.id)}
        categories={categories.map((c) => ({
          id: c.id,
          label: `${c.depth ? "— " : ""}${locale === "en" ? c.nameEn : c.nameZh}`,
        }))}
        ingredients={ingredients.map((i) => ({ id: i.id, name: i.name, unit: i.unit }))}
      />
    </>
  );
}
