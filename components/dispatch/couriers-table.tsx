import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { CourierRow } from "@/lib/dispatch/server/queries";

const STATUS_TONE: Record<string, string> = {
  AVAILABLE: "ok",
  TO_PICKUP: "info",
  TO_DROPOFF: "info",
  BREAK: "warn",
};

/** The courier roster: status, vehicle, load and when each was last seen. */
export function CouriersTable(props: { rows: CourierRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="couriers-table">
        <thead>
          <tr>
            <th>{t("dispatch.code")}</th>
            <th>{t("dispatch.courier")}</th>
            <th>{t("common.status")}</th>
            <th>{t("dispatch.vehicle")}</th>
            <th className="num">{t("dispatch.capacity")}</th>
            <th className="num">{t("dispatch.activeOrders")}</th>
            <th>{t("dispatch.lastSeen")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-status={c.status}>
              <td>
                <code>{c.code}</code>
              </td>
              <td>{c.name}</td>
              <td>
                <span className={`badge ${STATUS_TONE[c.status] ?? ""}`}>
                  {t(`courierStatus.${c.status}`)}
                </span>
              </td>
              <td>{t(`vehicle.${c.vehicle}`)}</td>
              <td className="num">{c.capacity}</td>
              <td className="num">{c.ordersOnBoard}</td>
              <td>
                {c.lastPingAt ? formatDateTime(c.lastPingAt, locale) : t("dispatch.neverSeen")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
