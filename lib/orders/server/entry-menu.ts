import "server-only";
import type { Db } from "@/lib/platform/db-client";

export type EntryOption = { id: string; nameZh: string; nameEn: string; priceDeltaCents: number };
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
  optionGroups: EntryGroup[];
};

/**
 * The active menu items of the given stores, for picking lines of a phone order. Prices shown
 * here are a guide only: the intake prices the order again from the menu when it is placed.
 */
export function findEntryMenu(db: Db, storeIds: string[]): Promise<EntryItem[]> {
  const byOrder = [{ sortOrder: "asc" as const }, { nameEn: "asc" as const }];
  return db.menuItem.findMany({
    where: { storeId: { in: storeIds }, active: true },
    select: {
      id: true,
      storeId: true,
      nameZh: true,
      nameEn: true,
      priceCents: true,
      optionGroups: {
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          minChoices: true,
          maxChoices: true,
          options: {
            select: { id: true, nameZh: true, nameEn: true, priceDeltaCents: true },
            orderBy: byOrder,
          },
        },
        orderBy: byOrder,
      },
    },
    orderBy: byOrder,
    take: 2000,
  });
}
