import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { LedgerRow } from "@/lib/menu/server/ledger-queries";

/** Every stock movement of a store, newest first. */
export function StockLedgerTable(props: { rows: LedgerRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("menu.stock.empty")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="stock-ledger">
        <thead>
          <tr>
            <th>{t("menu.stock.when")}</th>
            <th>{t("menu.stock.what")}</th>
            <th className="num">{t("menu.stock.delta")}</th>
            <th>{t("menu.stock.reason")}</th>
            <th>{t("menu.stock.order")}</th>
            <th>{t("menu.stock.by")}</th>
            <th>{t("menu.stock.note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-reason={r.reason}>
              <td>{formatTime(r.at, locale)}</td>
              <td>{r.name}</td>
              <td className="num">
                {r.delta > 0 ? "+" : ""}
                {r.delta}
                {r.unit ? ` ${r.unit}` : ""}
              </td>
              <td>{t(`menu.stock.reason.${r.reason}`)}</td>
              <td>
                {r.orderId ? (
                  <Link href={`/orders?order=${encodeURIComponent(r.orderId)}`}>
                    {r.orderCode ?? r.orderId}
                  </Link>
                ) : null}
              </td>
              <td>{r.actorName ?? ""}</td>
              <td className="small">{r.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
