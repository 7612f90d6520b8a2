import { withPermission } from "@/lib/platform/guard";
import { getDispatchMap } from "@/lib/dispatch/server/map-queries";
import { selectedStoreScope } from "@/lib/stores/server/queries";

export const dynamic = "force-dynamic";

/** The dispatch map's couriers, open orders, zones and plans (refetched on live events). */
export const GET = withPermission("dispatch.view", async (_request, { actor }) => {
  const map = await getDispatchMap(await selectedStoreScope(actor));
  return Response.json(map, { headers: { "cache-control": "no-store" } });
});
