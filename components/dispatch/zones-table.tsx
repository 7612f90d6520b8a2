import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { ZoneRow } from "@/lib/dispatch/server/queries";

/** Delivery zones with their fees; a zone without a store serves the whole platform. */
export function ZonesTable(props: { rows: ZoneRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="zones-table">
        <thead>
          <tr>
            <th>{t("common.name")}</th>
            <th>{t("common.store")}</th>
            <th className="num">{t("dispatch.fee")}</th>
            <th className="num">{t("dispatch.minOrder")}</th>
            <th className="num">{t("dispatch.vertices")}</th>
            <th>{t("common.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((z) => (
            <tr key={z.id}>
              <td>{z.name}</td>
              <td>
                {z.storeCode ? (
                  `${z.storeCode} · ${locale === "en" ? z.storeNameEn : z.storeNameZh}`
                ) : (
                  <span className="badge info">{t("dispatch.platformWide")}</span>
                )}
              </td>
              <td className="num">{formatMoney(z.deliveryFeeCents, locale)}</td>
              <td className="num">{formatMoney(z.minOrderCents, locale)}</td>
              <td className="num">{z.vertexCount ?? "—"}</td>
              <td>
                <span className={`badge ${z.active ? "ok" : ""}`}>
                  {t(z.active ? "dispatch.zoneActive" : "dispatch.zoneInactive")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
