import { stopSchema } from "@/lib/dispatch/courier-schemas";
import { courierRoute, parseJson } from "@/lib/dispatch/server/courier-http";
import { confirmStop } from "@/lib/dispatch/server/courier-stops";
import { nudgeDispatch } from "@/lib/dispatch/server/runner";
import { MAX_PROOF_BYTES } from "@/lib/dispatch/server/proof";
import { db } from "@/lib/platform/db";

/** Confirms the deliver of one of the courier's orders, with an optional photo proof. */
export const POST = courierRoute<{ id: string }>(async (request, { courier, params }) => {
  const input = await parseJson(request, stopSchema, Math.ceil(MAX_PROOF_BYTES * 1.4) + 1024);
  const result = await confirmStop(db, courier, params.id, "deliver", input);
  nudgeDispatch();
  return result;
});
