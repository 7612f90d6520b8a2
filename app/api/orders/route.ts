import { withPermission, zodFieldErrors } from "@/lib/platform/guard";
import { AppError } from "@/lib/platform/errors";
import { orderListQuerySchema } from "@/lib/orders/schemas";
import { findRecentOrders } from "@/lib/orders/server/queries";
import { selectedStoreScope } from "@/lib/stores/server/queries";

/** The newest orders in the caller's stores (polled by the console). */
export const GET = withPermission("orders.view", async (request, { actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = orderListQuerySchema.safeParse(params);
  if (!parsed.success) {
    throw new AppError("validation", "Invalid query.", { fields: zodFieldErrors(parsed.error) });
  }
  const result = await findRecentOrders(actor, await selectedStoreScope(actor), parsed.data);
  return Response.json(result);
});
