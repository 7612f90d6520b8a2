import { courierStatusSchema } from "@/lib/dispatch/courier-schemas";
import { courierRoute, parseJson } from "@/lib/dispatch/server/courier-http";
import { changeStatus } from "@/lib/dispatch/server/courier-shift";
import { nudgeDispatch } from "@/lib/dispatch/server/runner";
import { db } from "@/lib/platform/db";

/** Take a break (`{"status":"BREAK"}`) or come back (`{"status":"AVAILABLE"}`). */
export const POST = courierRoute(async (request, { courier }) => {
  const { status } = await parseJson(request, courierStatusSchema);
  const result = await changeStatus(db, courier, status);
  nudgeDispatch();
  return result;
});
