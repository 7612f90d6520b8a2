import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { categoryOpen, sellableOffer } from "@/lib/menu/domain/sellable";
import { loadSellContext } from "@/lib/menu/server/sellable";

export type EntryOption = {
  id: string;
  nameZh: string;
  nameEn: string;
  priceDeltaCents: number;
  /** Sold out now: shown greyed, not selectable (intake refuses it too). */
  soldOut: boolean;
};
export type EntryGroup = {
  id: string;
  nameZh: string;
  nameEn: string;
  minChoices: number;
  maxChoices: number;
  options: EntryOption[];
};
export type EntryItem = {
  id: string;
  storeId: string;
  nameZh: string;
  nameEn: string;
  priceCents: number;
  /** The dish photo's URL, when one was uploaded. */
  photoUrl: string | null;
  /**
   * Not orderable now (sold out, out of stock, an ingredient short, category or schedule
   * closed, off on the phone channel): shown greyed, not addable (intake refuses it too).
   */
  soldOut: boolean;
  optionGroups: EntryGroup[];
};

/**
 * The active menu items of the given stores, for picking lines of a phone order. Prices shown
 * here are a guide only: the intake prices the order again from the menu when it is placed.
 */
export async function findEntryMenu(
  db: Db,
  storeIds: string[],
  now = new Date(),
): Promise<EntryItem[]> {
  const byOrder = [{ sortOrder: "asc" as const }, { nameEn: "asc" as const }];
  const soldOut = (until: Date | null) => until !== null && until > now;
  const rows = await db.menuItem.findMany({
    where: { storeId: { in: storeIds }, active: true },
    select: {
      id: true,
      storeId: true,
      nameZh: true,
      nameEn: true,
      priceCents: true,
      photoUrl: true,
      active: true,
      categoryId: true,
      availability: true,
      channelOverrides: true,
      soldOutUntil: true,
      stockTracked: true,
      stockQty: true,
      optionGroups: {
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          minChoices: true,
          maxChoices: true,
          options: {
            select: {
              id: true,
              nameZh: true,
              nameEn: true,
              priceDeltaCents: true,
              soldOutUntil: true,
            },
            orderBy: byOrder,
          },
        },
        orderBy: byOrder,
      },
    },
    orderBy: byOrder,
    take: 2000,
  });
  const ctx = await loadSellContext(db, storeIds);
  return rows.map((row) => {
    const offer = sellableOffer(row, {
      now,
      channel: "PHONE",
      categoryOpen: categoryOpen(row.categoryId, ctx.categories, now),
      ingredientShort: ctx.shortItems.has(row.id),
    });
    return {
      id: row.id,
      storeId: row.storeId,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      priceCents: offer.priceCents,
      photoUrl: row.photoUrl,
      soldOut: !offer.available,
      optionGroups: row.optionGroups.map((g) => ({
        ...g,
        options: g.options.map(({ soldOutUntil: until, ...o }) => ({
          ...o,
          soldOut: soldOut(until) || ctx.shortOptions.has(o.id),
        })),
      })),
    };
  });
}
