import { withPermission } from "@/lib/platform/guard";
import { boardFiltersSchema } from "@/lib/orders/query-options";
import { findBoardOrders } from "@/lib/orders/server/queries";
import { selectedStoreScope } from "@/lib/stores/server/queries";

export const dynamic = "force-dynamic";

/** The order board's open orders (refetched when the event stream says an order changed). */
export const GET = withPermission("orders.view", async (request, { actor }) => {
  const filters = boardFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const board = await findBoardOrders(actor, await selectedStoreScope(actor), filters);
  return Response.json(board, { headers: { "cache-control": "no-store" } });
});
