import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import type { CampaignFormValues } from "@/lib/campaigns/schemas";
import type { CatalogueItem } from "@/lib/campaigns/domain/samples";

type Tx = Prisma.TransactionClient;

export type CatalogueEntry = CatalogueItem & { nameZh: string; nameEn: string };
export type CatalogueCategory = { id: string; storeId: string; nameZh: string; nameEn: string };
export type CatalogueZone = { id: string; storeId: string | null; name: string };

/** What a campaign can target in the actor's stores: zones, menu categories and items. */
export type CampaignCatalogue = {
  items: CatalogueEntry[];
  categories: CatalogueCategory[];
  zones: CatalogueZone[];
};

/** Zones, categories and active items of the stores the actor manages. */
export async function findCampaignCatalogue(db: Tx | Db, actor: Actor): Promise<CampaignCatalogue> {
  const stores = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  const [items, categories, zones] = await Promise.all([
    db.menuItem.findMany({
      where: { ...stores, active: true },
      select: {
        id: true,
        storeId: true,
        categoryId: true,
        priceCents: true,
        nameZh: true,
        nameEn: true,
      },
      orderBy: [{ storeId: "asc" }, { sortOrder: "asc" }, { nameZh: "asc" }],
      take: 2000,
    }),
    db.menuCategory.findMany({
      where: stores,
      select: { id: true, storeId: true, nameZh: true, nameEn: true },
      orderBy: [{ storeId: "asc" }, { sortOrder: "asc" }],
      take: 500,
    }),
    db.zone.findMany({
      where: {
        active: true,
        ...(actor.storeIds === null ? {} : { OR: [stores, { storeId: null }] }),
      },
      select: { id: true, storeId: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return { items, categories, zones };
}

/**
 * Targets must exist in the campaign's stores (any store for a chain-wide campaign), so a
 * typo or a foreign id is a field error rather than a campaign that silently never applies.
 */
export async function checkCampaignTargets(tx: Tx | Db, values: CampaignFormValues) {
  const r = values.rules;
  const inStores = values.storeIds.length ? { storeId: { in: values.storeIds } } : {};
  const fields: Record<string, string[]> = {};
  const missing = async (
    path: string,
    ids: readonly string[] | undefined,
    count: (ids: string[]) => Promise<number>,
    message = "Pick from the menu of the campaign's stores.",
  ) => {
    const unique = [...new Set(ids ?? [])];
    if (unique.length && (await count(unique)) !== unique.length) fields[path] = [message];
  };
  await missing("rules.itemIds", r.itemIds, (ids) =>
    tx.menuItem.count({ where: { id: { in: ids }, ...inStores } }),
  );
  await missing("rules.categoryIds", r.categoryIds, (ids) =>
    tx.menuCategory.count({ where: { id: { in: ids }, ...inStores } }),
  );
  await missing("rules.memberPrices", Object.keys(r.memberPrices ?? {}), (ids) =>
    tx.menuItem.count({ where: { id: { in: ids }, ...inStores } }),
  );
  await missing(
    "rules.zoneIds",
    r.zoneIds,
    (ids) =>
      tx.zone.count({
        where: {
          id: { in: ids },
          ...(values.storeIds.length ? { OR: [inStores, { storeId: null }] } : {}),
        },
      }),
    "Pick zones of the campaign's stores.",
  );
  if (Object.keys(fields).length > 0)
    throw new AppError("validation", "Some targets are not in the campaign's stores.", { fields });
}
