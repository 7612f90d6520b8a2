import { db } from "@/lib/platform/db";
import { authenticateApiKey } from "@/lib/platform/api-keys";
import { problemResponse } from "@/lib/platform/guard";
import { getChannelOrder } from "@/lib/orders/server/channel-orders";

/** One order of the API key's store. */
export async function GET(
  request: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const principal = await authenticateApiKey(db, request.headers.get("authorization"));
    const { id } = await ctx.params;
    return Response.json(await getChannelOrder(db, principal, id, new URL(request.url).origin));
  } catch (error) {
    return problemResponse(error, new URL(request.url).pathname);
  }
}
