import { withPermission } from "@/lib/platform/guard";
import { drillSchema, searchRecord } from "@/lib/analytics/schemas";
import { resolveScope } from "@/lib/analytics/server/scope";
import { orderCsvStream } from "@/lib/analytics/server/export";
import { AppError } from "@/lib/platform/errors";
import { zodFieldErrors } from "@/lib/platform/guard";

/** GET the orders behind a chart point as streamed CSV (the actor's stores only). */
export const GET = withPermission("analytics.view", async (request, { actor }) => {
  const params = searchRecord(Object.fromEntries(new URL(request.url).searchParams));
  const scope = await resolveScope(actor, params);
  const drill = drillSchema.safeParse(params);
  if (!drill.success) {
    throw new AppError("validation", "Some filters need attention.", {
      fields: zodFieldErrors(drill.error),
    });
  }
  const { total, stream } = await orderCsvStream(scope, drill.data);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="orders-${scope.from}-${scope.to}.csv"`,
      "x-total-count": String(total),
      "cache-control": "no-store",
    },
  });
});
