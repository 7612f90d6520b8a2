import { withPermission } from "@/lib/platform/guard";
import { findStaff } from "@/lib/team/server/queries";

/** Staff the caller may see (team managers and supervisors). */
export const GET = withPermission("team.view", async (_request, { actor }) => {
  return Response.json({ staff: await findStaff(actor) });
});
