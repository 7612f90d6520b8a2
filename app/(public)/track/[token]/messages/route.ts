import { db } from "@/lib/platform/db";
import { problemResponse } from "@/lib/platform/guard";
import { customerMessageSchema } from "@/lib/support/schemas";
import { sendCustomerMessage } from "@/lib/support/server/customer-chat";
import { readPublicBody } from "@/lib/tracking/server/public-body";

export const dynamic = "force-dynamic";

/** The customer writes into the order's support conversation; the token is the only key. */
export async function POST(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  try {
    const input = await readPublicBody(request, customerMessageSchema);
    const result = await sendCustomerMessage(db, token, input);
    return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, "/track/messages");
  }
}
