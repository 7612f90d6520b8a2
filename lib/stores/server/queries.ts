import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/platform/db";
import { storeScope, type Actor } from "@/lib/platform/actor";

export const STORE_COOKIE = "store";

export type StoreOption = { id: string; code: string; nameZh: string; nameEn: string };

/** The stores the actor may see, for the store switcher and filters. */
export function findStoreOptions(actor: Actor): Promise<StoreOption[]> {
  const scope = actor.storeIds === null ? {} : { id: { in: actor.storeIds } };
  return db.store.findMany({
    where: scope,
    select: { id: true, code: true, nameZh: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}

/**
 * The store chosen in the switcher, if it is one the actor may see; null means all of theirs.
 * Read once per request: the console layout and the page both need it.
 */
export const getSelectedStoreId = cache(async (actor: Actor): Promise<string | null> => {
  const chosen = (await cookies()).get(STORE_COOKIE)?.value;
  if (!chosen) return null;
  if (actor.storeIds !== null) return actor.storeIds.includes(chosen) ? chosen : null;
  const exists = await db.store.count({ where: { id: chosen } });
  return exists ? chosen : null;
});

/** The `where` fragment for the actor's scope narrowed by the switcher. */
export async function selectedStoreScope(actor: Actor) {
  return storeScope(actor, await getSelectedStoreId(actor));
}
