import { db } from "@/lib/platform/db";
import { problemResponse } from "@/lib/platform/guard";
import { helpRequestSchema } from "@/lib/tracking/schemas";
import { requestHelp } from "@/lib/tracking/server/help";
import { readPublicBody } from "@/lib/tracking/server/public-body";

export const dynamic = "force-dynamic";

/** A customer asks for help with the order behind the token; no login, the token is the key. */
export async function POST(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  try {
    const input = await readPublicBody(request, helpRequestSchema);
    const result = await requestHelp(db, token, input);
    return Response.json(result, {
      status: result.created ? 201 : 200,
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return problemResponse(error, "/track/help");
  }
}
