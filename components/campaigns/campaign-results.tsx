import Link from "next/link";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { CampaignResults } from "@/lib/campaigns/server/results";
import type { CampaignDay } from "@/lib/campaigns/domain/daily";
import type { EngineCampaign } from "@/lib/campaigns/domain/types";
import { campaignAnalyticsLinks } from "@/lib/campaigns/domain/links";
import { CampaignResultsChart } from "./campaign-results-chart";

/** A campaign's results with the before/during comparison and how it was estimated. */
export function CampaignResultsPanel(props: {
  results: CampaignResults;
  daily: CampaignDay[];
  campaign: EngineCampaign;
  canAnalytics: boolean;
  t: Translate;
  locale: Locale;
}) {
  const { results: r, t, locale } = props;
  const money = (c: number) => formatMoney(c, locale);
  const perDay = (n: number) => n.toFixed(1);
  const lift = r.lift.liftPct === null ? "—" : `${r.lift.liftPct > 0 ? "+" : ""}${r.lift.liftPct}%`;
  const links = campaignAnalyticsLinks(props.campaign, new Date());
  const facts: [string, string][] = [
    [t("campaigns.results.redemptions"), String(r.redemptions)],
    [t("campaigns.results.cost"), money(r.discountCents)],
    [t("campaigns.results.storeCost"), money(r.storeCostCents)],
    [t("campaigns.results.platformCost"), money(r.platformCostCents)],
    [t("campaigns.results.orders"), String(r.orders)],
    [t("campaigns.results.revenue"), money(r.revenueCents)],
    [t("campaigns.results.newCustomers"), String(r.newCustomers)],
    [t("campaigns.results.before"), perDay(r.lift.beforePerDay)],
    [t("campaigns.results.during"), perDay(r.lift.duringPerDay)],
  ];
  return (
    <section className="panel" data-testid="campaign-results">
      <h2>{t("campaigns.results.title")}</h2>
      <dl className="drawer-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd className="num">{v}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>{t("campaigns.results.lift", { pct: lift })}</strong>
      </p>
      <p data-testid="campaign-lift-words">
        {r.lift.liftPct === null
          ? t("campaigns.results.liftNone")
          : t("campaigns.results.liftWords", {
              days: Math.max(1, Math.round(r.lift.days)),
              during: perDay(r.lift.duringPerDay),
              before: perDay(r.lift.beforePerDay),
              pct: lift,
            })}
      </p>
      <p className="muted small">{t("campaigns.results.liftNote")}</p>
      <CampaignResultsChart days={props.daily} />
      {props.canAnalytics ? (
        <p>
          <Link href={links.dashboard} data-testid="campaign-analytics-link">
            {t("campaigns.results.analytics")}
          </Link>{" "}
          ·{" "}
          <Link href={links.orders} data-testid="campaign-analytics-orders">
            {t("campaigns.results.analyticsOrders")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
