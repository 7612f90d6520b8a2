import { db } from "@/lib/platform/db";
import { problemResponse } from "@/lib/platform/guard";
import { ratingSchema } from "@/lib/tracking/schemas";
import { readPublicBody } from "@/lib/tracking/server/public-body";
import { rateOrder } from "@/lib/tracking/server/rating";

export const dynamic = "force-dynamic";

/** A customer rates the delivered order behind the token, once. */
export async function POST(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  try {
    const input = await readPublicBody(request, ratingSchema);
    const result = await rateOrder(db, token, input);
    return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, "/track/rating");
  }
}
