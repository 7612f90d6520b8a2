import { withPermission } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import { liveEventResponse } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The live event stream (SSE) of the caller's stores; resumes after Last-Event-ID or ?after=. */
export const GET = withPermission("orders.view", async (request, { actor }) => {
  const resumeFrom =
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  return liveEventResponse(db, actor.storeIds, resumeFrom, request.signal);
});
