import { shiftSchema } from "@/lib/dispatch/courier-schemas";
import { courierRoute, parseJson } from "@/lib/dispatch/server/courier-http";
import { changeShift } from "@/lib/dispatch/server/courier-shift";
import { nudgeDispatch } from "@/lib/dispatch/server/runner";
import { db } from "@/lib/platform/db";

/** Clock in (`{"action":"start"}`) or out (`{"action":"end"}`). */
export const POST = courierRoute(async (request, { courier }) => {
  const { action } = await parseJson(request, shiftSchema);
  const result = await changeShift(db, courier, action);
  nudgeDispatch();
  return result;
});
