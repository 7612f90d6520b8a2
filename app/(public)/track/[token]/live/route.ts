import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { problemResponse } from "@/lib/platform/guard";
import { getTrackingView } from "@/lib/tracking/server/queries";

export const dynamic = "force-dynamic";

/** The tracked order as JSON for the page's poll; no login, the token is the only key. */
export async function GET(request: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  const view = await getTrackingView(db, token);
  if (!view) return problemResponse(new AppError("not_found", "No such order."), "/track");
  return Response.json(view, {
    headers: { "cache-control": "no-store", "x-robots-tag": "noindex" },
  });
}
