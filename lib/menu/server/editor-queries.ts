import "server-only";
import { db } from "@/lib/platform/db";
import { parseChannelOverrides, parseSchedule } from "../domain/availability";
import { photoIdOf } from "../domain/image";
import type { MenuItemInput } from "../schemas";

export type CategoryRow = {
  id: string;
  parentId: string | null;
  nameZh: string;
  nameEn: string;
  active: boolean;
  availability: ReturnType<typeof parseSchedule>;
  /** 0 for top level, 1 for a sub-category. */
  depth: number;
  itemCount: number;
};

/** A store's categories in menu order, each parent followed by its sub-categories. */
export async function findCategoryRows(storeId: string): Promise<CategoryRow[]> {
  const rows = await db.menuCategory.findMany({
    where: { storeId },
    orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
    select: {
      id: true,
      parentId: true,
      nameZh: true,
      nameEn: true,
      active: true,
      availability: true,
      _count: { select: { items: true } },
    },
  });
  const ids = new Set(rows.map((r) => r.id));
  const shape = (r: (typeof rows)[number], depth: number): CategoryRow => ({
    id: r.id,
    parentId: r.parentId,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    active: r.active,
    availability: parseSchedule(r.availability),
    depth,
    itemCount: r._count.items,
  });
  const top = rows.filter((r) => !r.parentId || !ids.has(r.parentId));
  return top.flatMap((p) => [
    shape(p, 0),
    ...rows.filter((c) => c.parentId === p.id).map((c) => shape(c, 1)),
  ]);
}

export type EditableItem = {
  id: string;
  updatedAt: string;
  photoUrl: string | null;
  values: MenuItemInput;
};

/** One item of a store as the editor's form values, with the `updatedAt` it was loaded at. */
export async function getEditableItem(storeId: string, id: string): Promise<EditableItem | null> {
  const item = await db.menuItem.findFirst({
    where: { id, storeId },
    include: {
      optionGroups: {
        orderBy: { sortOrder: "asc" },
        include: { options: { orderBy: { sortOrder: "asc" }, include: { recipe: true } } },
      },
    },
  });
  if (!item) return null;
  return {
    id: item.id,
    updatedAt: item.updatedAt.toISOString(),
    photoUrl: item.photoUrl,
    values: {
      storeId,
      categoryId: item.categoryId,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      descriptionZh: item.descriptionZh ?? "",
      descriptionEn: item.descriptionEn ?? "",
      priceCents: item.priceCents,
      active: item.active,
      stockTracked: item.stockTracked,
      stockQty: item.stockQty,
      lowStockThreshold: item.lowStockThreshold,
      sortOrder: item.sortOrder,
      availability: parseSchedule(item.availability),
      channelOverrides: parseChannelOverrides(item.channelOverrides),
      photoId: photoIdOf(item.photoUrl),
      optionGroups: item.optionGroups.map((g) => ({
        id: g.id,
        nameZh: g.nameZh,
        nameEn: g.nameEn,
        minChoices: g.minChoices,
        maxChoices: g.maxChoices,
        options: g.options.map((o) => ({
          id: o.id,
          nameZh: o.nameZh,
          nameEn: o.nameEn,
          priceDeltaCents: o.priceDeltaCents,
          recipe: o.recipe.map((r) => ({ ingredientId: r.ingredientId, quantity: r.quantity })),
        })),
      })),
    },
  };
}
