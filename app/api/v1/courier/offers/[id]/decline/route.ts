import { declineSchema } from "@/lib/dispatch/courier-schemas";
import { courierRoute, parseJson } from "@/lib/dispatch/server/courier-http";
import { respondToOffer } from "@/lib/dispatch/server/courier-tasks";
import { nudgeDispatch } from "@/lib/dispatch/server/runner";
import { db } from "@/lib/platform/db";

/** Decline an offer (the id is the assignment id from the task list). */
export const POST = courierRoute<{ id: string }>(async (request, { courier, params }) => {
  const { reason } = await parseJson(request, declineSchema);
  const result = await respondToOffer(
    db,
    courier,
    params.id,
    "decline",
    new Date(),
    reason ?? null,
  );
  nudgeDispatch();
  return result;
});
