import "server-only";
import type { Actor } from "@/lib/platform/actor";
import { drillSchema, searchRecord, type Drill } from "@/lib/analytics/schemas";
import { loadPageScope, type PageScope } from "./page-data";

/** Filters plus the clicked point; an invalid point is dropped rather than widened silently. */
export async function loadDrill(
  actor: Actor,
  params: Record<string, string | string[] | undefined>,
): Promise<{ page: PageScope; drill: Drill; drillQuery: Record<string, string> }> {
  const raw = searchRecord(params);
  const parsed = drillSchema.safeParse(raw);
  const drill: Drill = parsed.success ? parsed.data : drillSchema.parse({});
  const page = await loadPageScope(actor, params);
  const drillQuery: Record<string, string> = {};
  for (const [k, v] of Object.entries(drill))
    if (v !== undefined && k !== "page") drillQuery[k] = String(v);
  return { page, drill, drillQuery };
}
