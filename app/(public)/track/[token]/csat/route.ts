import { db } from "@/lib/platform/db";
import { problemResponse } from "@/lib/platform/guard";
import { csatSchema } from "@/lib/support/schemas";
import { answerCsat } from "@/lib/support/server/customer-csat";
import { readPublicBody } from "@/lib/tracking/server/public-body";

export const dynamic = "force-dynamic";

/** The customer's one answer to the survey after support resolved the order's ticket. */
export async function POST(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  try {
    const input = await readPublicBody(request, csatSchema);
    const result = await answerCsat(db, token, input);
    return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, "/track/csat");
  }
}
