import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { withPermission } from "@/lib/platform/guard";
import { auditFiltersSchema } from "@/lib/team/schemas";
import { exportAuditCsv } from "@/lib/team/server/audit";

/** The filtered audit log as CSV (UTF-8 with BOM, so spreadsheet apps read Chinese correctly). */
export const GET = withPermission("audit.view", async (request, { actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = auditFiltersSchema.safeParse(params);
  if (!parsed.success) throw new AppError("bad_request", "Invalid filters.");
  const csv = await exportAuditCsv(db, actor, parsed.data);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
