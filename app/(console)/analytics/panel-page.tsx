import { notFound } from "next/navigation";
import { AnalyticsShell, PANELS, type Panel } from "@/components/analytics/analytics-shell";
import { CampaignsView } from "@/components/analytics/campaigns-view";
import { CustomersView } from "@/components/analytics/customers-view";
import { DeliveryView } from "@/components/analytics/delivery-view";
import { MenuView } from "@/components/analytics/menu-view";
import { DishRatingTrendPanel } from "@/components/analytics/dish-rating-trend";
import { OverviewView } from "@/components/analytics/overview-view";
import { PeaksView } from "@/components/analytics/peaks-view";
import { SupportView } from "@/components/analytics/support-view";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { loadPageScope } from "@/lib/analytics/server/page-data";
import { PANEL_QUERIES } from "@/lib/analytics/server/panels";
import { getDishRatingTrend, ratingDishParam } from "@/lib/analytics/server/dish-ratings";
import { searchRecord } from "@/lib/analytics/schemas";
import type { AnalyticsScope } from "@/lib/analytics/server/scope";

type Params = Record<string, string | string[] | undefined>;

async function panelBody(
  panel: Panel,
  scope: AnalyticsScope,
  query: Record<string, string>,
  params: Params,
) {
  switch (panel) {
    case "overview":
      return <OverviewView data={await PANEL_QUERIES.overview(scope)} query={query} />;
    case "peaks":
      return <PeaksView data={await PANEL_QUERIES.peaks(scope)} query={query} />;
    case "menu": {
      const [menu, trend] = await Promise.all([
        PANEL_QUERIES.menu(scope),
        getDishRatingTrend(scope, ratingDishParam(searchRecord(params).dish)),
      ]);
      return (
        <>
          <MenuView data={menu} query={query} />
          <DishRatingTrendPanel data={trend} query={query} />
        </>
      );
    }
    case "delivery":
      return <DeliveryView data={await PANEL_QUERIES.delivery(scope)} query={query} />;
    case "support":
      return <SupportView data={await PANEL_QUERIES.support(scope)} query={query} />;
    case "campaigns":
      return <CampaignsView data={await PANEL_QUERIES.campaigns(scope)} query={query} />;
    case "customers":
      return <CustomersView data={await PANEL_QUERIES.customers(scope)} query={query} />;
  }
}

/** One dashboard page: permission, URL filters resolved for the actor, the panel's rollups. */
export async function AnalyticsPanelPage(props: { panel: string; searchParams: Promise<Params> }) {
  const panel = PANELS.find((p) => p === props.panel);
  if (!panel) notFound();
  const actor = await requirePagePermission("analytics.view");
  const params = await props.searchParams;
  const [{ t }, page] = await Promise.all([getTranslator(), loadPageScope(actor, params)]);
  const body = page.ok ? await panelBody(panel, page.scope, page.query, params) : null;
  return (
    <AnalyticsShell t={t} panel={panel} page={page}>
      {() => body}
    </AnalyticsShell>
  );
}
