import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatMoney } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { OrderRow } from "@/lib/orders/server/queries";

const STATUS_TONE: Record<string, string> = {
  PLACED: "warn",
  DELIVERED: "ok",
  CANCELLED: "danger",
  REJECTED: "danger",
  REFUNDED: "danger",
};

/** The order list: one row per order, newest first. */
export function OrdersTable(props: { rows: OrderRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="orders-table">
        <thead>
          <tr>
            <th>{t("orders.code")}</th>
            <th>{t("common.store")}</th>
            <th>{t("orders.channel")}</th>
            <th>{t("common.status")}</th>
            <th>{t("orders.customer")}</th>
            <th>{t("orders.phone")}</th>
            <th className="num">{t("orders.items")}</th>
            <th className="num">{t("orders.total")}</th>
            <th>{t("orders.placedAt")}</th>
            <th>{t("orders.promisedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} data-store={o.storeCode}>
              <td>
                <code>{o.code}</code>
              </td>
              <td>
                {o.storeCode} · {locale === "en" ? o.storeNameEn : o.storeNameZh}
              </td>
              <td>{t(`channel.${o.channel}`)}</td>
              <td>
                <span className={`badge ${STATUS_TONE[o.status] ?? "info"}`}>
                  {t(`status.${o.status}`)}
                </span>
                {o.late ? <span className="badge danger">{t("orders.late")}</span> : null}
              </td>
              <td>{o.customerName}</td>
              <td data-testid="order-phone">{o.customerPhone}</td>
              <td className="num">{o.itemCount}</td>
              <td className="num">{formatMoney(o.totalCents, locale)}</td>
              <td>{formatDateTime(o.placedAt, locale)}</td>
              <td>{formatDateTime(o.promisedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
