import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { INDEFINITE } from "../domain/sold-out";
import { categoryOpen, sellableOffer, type UnavailableReason } from "../domain/sellable";
import { loadSellContext } from "./sellable";
import {
  findStoreOptions,
  getSelectedStoreId,
  type StoreOption,
} from "@/lib/stores/server/queries";

export type MenuItemRow = {
  id: string;
  nameZh: string;
  nameEn: string;
  priceCents: number;
  photoUrl: string | null;
  /** Why it cannot be ordered now (ingredient short, category or hours closed…), else null. */
  unavailable: UnavailableReason | null;
  optionGroupCount: number;
  /** Switched off, or sold out until a time still in the future. */
  soldOut: boolean;
  /** ISO end of a sold-out still in force, else null. */
  soldOutUntil: string | null;
  /** Sold out with no end ("sold out now"): back only when restocked by hand. */
  soldOutIndefinite: boolean;
  /** null when stock is not counted for this item. */
  stockQty: number | null;
  lowStock: boolean;
};

export type MenuSection = {
  /** null for items without a category. */
  categoryId: string | null;
  nameZh: string;
  nameEn: string;
  items: MenuItemRow[];
};

export type IngredientRow = {
  id: string;
  name: string;
  unit: string;
  stockQty: number;
  lowStockThreshold: number | null;
  lowStock: boolean;
};

/**
 * The store whose menu to show: the `?store=` id if the actor may see it, else the one chosen
 * in the switcher, else the first store in scope; null when the actor has no store at all.
 */
export async function getMenuStore(
  actor: Actor,
  requestedId: string | undefined,
): Promise<{ store: StoreOption | null; stores: StoreOption[] }> {
  const [stores, selectedId] = await Promise.all([
    findStoreOptions(actor),
    getSelectedStoreId(actor),
  ]);
  const byId = (id: string | null | undefined) => stores.find((s) => s.id === id);
  return { store: byId(requestedId) ?? byId(selectedId) ?? stores[0] ?? null, stores };
}

/** A store's menu by category (in menu order), with availability and stock. */
export async function findMenuSections(storeId: string, now = new Date()): Promise<MenuSection[]> {
  const [categories, items] = await Promise.all([
    db.menuCategory.findMany({
      where: { storeId },
      orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
    db.menuItem.findMany({
      where: { storeId },
      orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
      select: {
        id: true,
        categoryId: true,
        nameZh: true,
        nameEn: true,
        priceCents: true,
        active: true,
        soldOutUntil: true,
        stockTracked: true,
        stockQty: true,
        lowStockThreshold: true,
        photoUrl: true,
        availability: true,
        channelOverrides: true,
        _count: { select: { optionGroups: true } },
      },
    }),
  ]);
  const ctx = await loadSellContext(db, [storeId]);
  const sections: MenuSection[] = categories.map((c) => ({ categoryId: c.id, ...c, items: [] }));
  const uncategorized: MenuSection = { categoryId: null, nameZh: "", nameEn: "", items: [] };
  const byCategory = new Map(sections.map((s) => [s.categoryId, s]));
  for (const item of items) {
    const stockQty = item.stockTracked ? item.stockQty : null;
    (byCategory.get(item.categoryId) ?? uncategorized).items.push({
      id: item.id,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      priceCents: item.priceCents,
      photoUrl: item.photoUrl,
      unavailable: sellableOffer(item, {
        now,
        channel: null,
        categoryOpen: categoryOpen(item.categoryId, ctx.categories, now),
        ingredientShort: ctx.shortItems.has(item.id),
      }).reason,
      optionGroupCount: item._count.optionGroups,
      soldOut: !item.active || (item.soldOutUntil !== null && item.soldOutUntil > now),
      soldOutUntil:
        item.soldOutUntil !== null && item.soldOutUntil > now
          ? item.soldOutUntil.toISOString()
          : null,
      soldOutIndefinite: item.soldOutUntil !== null && item.soldOutUntil >= INDEFINITE,
      stockQty,
      lowStock:
        stockQty !== null && item.lowStockThreshold !== null && stockQty <= item.lowStockThreshold,
    });
  }
  return uncategorized.items.length > 0 ? [...sections, uncategorized] : sections;
}

/** A store's ingredients with the stock on hand, by name. */
export async function findIngredients(storeId: string): Promise<IngredientRow[]> {
  const ingredients = await db.ingredient.findMany({
    where: { storeId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, unit: true, stockQty: true, lowStockThreshold: true },
  });
  return ingredients.map((i) => ({
    ...i,
    lowStock: i.lowStockThreshold !== null && i.stockQty <= i.lowStockThreshold,
  }));
}
