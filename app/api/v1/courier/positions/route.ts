import { positionsSchema } from "@/lib/dispatch/courier-schemas";
import { courierRoute, parseJson } from "@/lib/dispatch/server/courier-http";
import { reportPositions } from "@/lib/dispatch/server/courier-positions";
import { db } from "@/lib/platform/db";

/** A batch of GPS fixes; the answer says which were stored, flagged or dropped, and why. */
export const POST = courierRoute(async (request, { courier }) => {
  const input = await parseJson(request, positionsSchema, 128 * 1024);
  return reportPositions(db, courier, input);
});
