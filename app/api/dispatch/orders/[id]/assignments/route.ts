import { withPermission } from "@/lib/platform/guard";
import { findOrderAssignments } from "@/lib/dispatch/server/map-queries";

export const dynamic = "force-dynamic";

/** An order's courier assignments with why each courier was chosen. */
export const GET = withPermission<{ id: string }>(
  "dispatch.view",
  async (_request, { actor, params }) => {
    const rows = await findOrderAssignments(actor, params.id);
    return Response.json(rows, { headers: { "cache-control": "no-store" } });
  },
);
