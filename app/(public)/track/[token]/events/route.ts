import { db } from "@/lib/platform/db";
import { trackingEventResponse } from "@/lib/tracking/server/live-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The tracked order's live updates (SSE); no login, the token is the only key. */
export async function GET(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  return trackingEventResponse(db, token, request.signal);
}
