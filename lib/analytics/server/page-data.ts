import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { findStoreOptions, type StoreOption } from "@/lib/stores/server/queries";
import { searchRecord } from "@/lib/analytics/schemas";
import { resolveScope, type AnalyticsScope } from "./scope";

export type ZoneOption = { id: string; name: string };

export type FilterState = {
  /** The filters as the URL should carry them (resolved dates, chosen dimensions). */
  query: Record<string, string>;
  stores: StoreOption[];
  zones: ZoneOption[];
};

export type PageScope =
  | ({ ok: true; scope: AnalyticsScope } & FilterState)
  | ({ ok: false; message: string; fields: Record<string, string[]> } & FilterState);

/** Resolves a dashboard's URL filters; invalid filters come back as messages, not a crash. */
export async function loadPageScope(
  actor: Actor,
  params: Record<string, string | string[] | undefined>,
): Promise<PageScope> {
  const raw = searchRecord(params);
  const [stores, zones] = await Promise.all([
    findStoreOptions(actor),
    db.zone.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const pick = (k: string) => (raw[k] ? { [k]: raw[k] } : {});
  try {
    const scope = await resolveScope(actor, raw);
    const query = {
      from: scope.from,
      to: scope.to,
      ...pick("store"),
      ...pick("zone"),
      ...pick("channel"),
    };
    return { ok: true, scope, query, stores, zones };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const query = {
      ...pick("from"),
      ...pick("to"),
      ...pick("store"),
      ...pick("zone"),
      ...pick("channel"),
    };
    return {
      ok: false,
      message: error.message,
      fields: error.details?.fields ?? {},
      query,
      stores,
      zones,
    };
  }
}
