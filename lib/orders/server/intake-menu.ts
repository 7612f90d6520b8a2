import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenuItemPrice } from "@/lib/orders/domain/pricing";

type Tx = Prisma.TransactionClient;

/** The store's menu items named in a cart, shaped for pricing (availability resolved at `now`). */
export async function loadMenuPrices(
  tx: Tx,
  storeId: string,
  itemIds: string[],
  now: Date,
): Promise<Map<string, MenuItemPrice>> {
  const items = await tx.menuItem.findMany({
    where: { storeId, id: { in: [...new Set(itemIds)] } },
    include: { optionGroups: { include: { options: true }, orderBy: { sortOrder: "asc" } } },
  });
  const soldOut = (until: Date | null) => until !== null && until > now;
  return new Map(
    items.map((item) => [
      item.id,
      {
        id: item.id,
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        priceCents: item.priceCents,
        available:
          item.active &&
          !soldOut(item.soldOutUntil) &&
          !(item.stockTracked && (item.stockQty ?? 0) <= 0),
        groups: item.optionGroups.map((g) => ({
          id: g.id,
          nameEn: g.nameEn,
          minChoices: g.minChoices,
          maxChoices: g.maxChoices,
          options: g.options.map((o) => ({
            id: o.id,
            nameZh: o.nameZh,
            nameEn: o.nameEn,
            priceDeltaCents: o.priceDeltaCents,
            soldOut: soldOut(o.soldOutUntil),
          })),
        })),
      },
    ]),
  );
}
