import { withPermission } from "@/lib/platform/guard";
import { AppError } from "@/lib/platform/errors";
import { searchRecord } from "@/lib/analytics/schemas";
import { csvTable } from "@/lib/analytics/domain/csv";
import { resolveScope } from "@/lib/analytics/server/scope";
import { PANEL_QUERIES, panelCharts, type PanelName } from "@/lib/analytics/server/panels";

/** GET one chart's data as CSV: /api/analytics/export/<panel>?chart=<name>&<filters>. */
export const GET = withPermission<{ panel: string }>(
  "analytics.view",
  async (request, { actor, params }) => {
    const panel = params.panel;
    if (!(panel in PANEL_QUERIES)) throw new AppError("not_found", `No dashboard "${panel}".`);
    const query = searchRecord(Object.fromEntries(new URL(request.url).searchParams));
    const scope = await resolveScope(actor, query);
    const charts = await panelCharts(panel as PanelName, scope);
    const chart = query.chart ?? Object.keys(charts)[0] ?? "";
    const rows = charts[chart];
    if (rows === undefined) {
      throw new AppError("validation", `Unknown chart "${chart}".`, {
        fields: { chart: [`One of: ${Object.keys(charts).join(", ")}`] },
      });
    }
    return new Response(csvTable(rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${panel}-${chart}-${scope.from}-${scope.to}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
);
