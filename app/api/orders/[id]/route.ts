import { withPermission } from "@/lib/platform/guard";
import { AppError } from "@/lib/platform/errors";
import { getOrderDetail } from "@/lib/orders/server/queries";

export const dynamic = "force-dynamic";

/** One order of the caller's stores, for the board's drawer; a foreign id reads as missing. */
export const GET = withPermission<{ id: string }>("orders.view", async (_request, ctx) => {
  const detail = await getOrderDetail(ctx.actor, ctx.params.id);
  if (!detail) throw new AppError("not_found", "No such order.");
  return Response.json(detail, { headers: { "cache-control": "no-store" } });
});
