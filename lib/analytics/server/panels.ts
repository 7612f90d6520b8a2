import "server-only";
import type { AnalyticsScope } from "./scope";
import { getOverview } from "./overview";
import { getPeaks } from "./peaks";
import { getMenuStats } from "./menu";
import { dishRatingTrendRows } from "./dish-ratings";
import { getDeliveryStats } from "./delivery";
import { getSupportStats } from "./support";
import { getCampaignStats } from "./campaigns";
import { getCustomerStats } from "./customers";

/** Every dashboard's query, by panel name (pages, CSV export and the benchmark use this). */
export const PANEL_QUERIES = {
  overview: getOverview,
  peaks: (scope: AnalyticsScope) => getPeaks(scope),
  menu: getMenuStats,
  delivery: getDeliveryStats,
  support: getSupportStats,
  campaigns: getCampaignStats,
  customers: getCustomerStats,
} as const;

export type PanelName = keyof typeof PANEL_QUERIES;

type Row = Record<string, string | number | null>;

/** The rows behind each chart of a panel, for CSV export. */
export async function panelCharts(
  panel: PanelName,
  scope: AnalyticsScope,
): Promise<Record<string, Row[]>> {
  switch (panel) {
    case "overview": {
      const d = await getOverview(scope);
      return { days: d.days };
    }
    case "peaks": {
      const d = await getPeaks(scope);
      return { heatmap: d.heatmap, today: d.hours };
    }
    case "menu": {
      const [d, ratingTrend] = await Promise.all([getMenuStats(scope), dishRatingTrendRows(scope)]);
      return { dishes: d.dishes, ratingTrend };
    }
    case "delivery": {
      const d = await getDeliveryStats(scope);
      return {
        histogram: d.histogram,
        zones: d.zones,
        hours: d.hours,
        prep: d.prep,
        couriers: d.couriers,
      };
    }
    case "support": {
      const d = await getSupportStats(scope);
      return { days: d.days, reasons: d.reasons };
    }
    case "campaigns": {
      const d = await getCampaignStats(scope);
      return { campaigns: d.campaigns };
    }
    case "customers": {
      const d = await getCustomerStats(scope);
      return {
        cohorts: d.cohorts.map((c) => ({
          week: c.week,
          size: c.size,
          ...Object.fromEntries(c.retention.map((r, i) => [`week${i + 1}`, r])),
        })),
      };
    }
  }
}
