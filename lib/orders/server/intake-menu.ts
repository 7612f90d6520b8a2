import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenuItemPrice } from "@/lib/orders/domain/pricing";
import type { MenuChannel } from "@/lib/menu/domain/availability";
import { categoryOpen, sellableOffer } from "@/lib/menu/domain/sellable";
import { loadSellContext } from "@/lib/menu/server/sellable";

type Tx = Prisma.TransactionClient;

/**
 * The store's menu items named in a cart, shaped for pricing: availability resolved at `now`
 * (sold out, stock, ingredient shortage, category, schedule) and the channel's own price.
 */
export async function loadMenuPrices(
  tx: Tx,
  storeId: string,
  itemIds: string[],
  now: Date,
  channel: MenuChannel | null = null,
): Promise<Map<string, MenuItemPrice>> {
  const items = await tx.menuItem.findMany({
    where: { storeId, id: { in: [...new Set(itemIds)] } },
    include: { optionGroups: { include: { options: true }, orderBy: { sortOrder: "asc" } } },
  });
  const soldOut = (until: Date | null) => until !== null && until > now;
  const ctx = await loadSellContext(tx, [storeId]);
  return new Map(
    items.map((item) => [
      item.id,
      {
        id: item.id,
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        ...sellableOffer(item, {
          now,
          channel,
          categoryOpen: categoryOpen(item.categoryId, ctx.categories, now),
          ingredientShort: ctx.shortItems.has(item.id),
        }),
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
            soldOut: soldOut(o.soldOutUntil) || ctx.shortOptions.has(o.id),
          })),
        })),
      },
    ]),
  );
}
