import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatMoney } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { CampaignRow } from "@/lib/campaigns/server/queries";

const STATUS_TONE: Record<string, string> = {
  LIVE: "ok",
  SCHEDULED: "info",
  PENDING_APPROVAL: "warn",
  PAUSED: "warn",
};

/** Campaigns with their period, budget use and redemptions. */
export function CampaignsTable(props: { rows: CampaignRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="campaigns-table">
        <thead>
          <tr>
            <th>{t("common.name")}</th>
            <th>{t("campaigns.type")}</th>
            <th>{t("common.status")}</th>
            <th>{t("campaigns.period")}</th>
            <th className="num">
              {t("campaigns.budget")} / {t("campaigns.spent")}
            </th>
            <th className="num">{t("campaigns.redemptions")}</th>
            <th>{t("campaigns.stores")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-status={c.status}>
              <td>
                <Link href={`/campaigns/${c.id}`}>{c.name}</Link>
              </td>
              <td>{t(`campaignType.${c.type}`)}</td>
              <td>
                <span className={`badge ${STATUS_TONE[c.status] ?? ""}`}>
                  {t(`campaignStatus.${c.status}`)}
                </span>
              </td>
              <td>
                {formatDateTime(c.startsAt, locale)} – {formatDateTime(c.endsAt, locale)}
              </td>
              <td className="num">
                {c.budgetCents === null
                  ? t("campaigns.noLimit")
                  : formatMoney(c.budgetCents, locale)}{" "}
                / {formatMoney(c.spentCents, locale)}
              </td>
              <td className="num">
                {c.redemptionCount} / {c.redemptionLimit ?? t("campaigns.noLimit")}
              </td>
              <td>
                {c.storeCount === 0
                  ? t("campaigns.allStores")
                  : t("campaigns.storeCount", { count: c.storeCount })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
