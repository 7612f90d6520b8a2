import { formatDateTime, formatMoney, formatTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { TicketDetail } from "@/lib/support/server/ticket-detail";

/** The order beside the conversation: status, ETA, courier, items, timeline, customer history. */
export function OrderContext(props: { detail: TicketDetail; t: Translate; locale: Locale }) {
  const { detail, t, locale } = props;
  const o = detail.order;
  return (
    <aside className="panel" data-testid="order-context">
      <h3>{t("support.order")}</h3>
      {!o ? (
        <p className="muted">{t("support.order.none")}</p>
      ) : (
        <>
          <p>
            <code>{o.code}</code> · <span className="badge">{t(`status.${o.status}`)}</span>
          </p>
          <dl className="drawer-facts">
            <dt>{t("support.order.promised")}</dt>
            <dd>{formatTime(o.promisedAt, locale)}</dd>
            <dt>{t("support.order.eta")}</dt>
            <dd>{o.estimatedAt ? formatTime(o.estimatedAt, locale) : "—"}</dd>
            <dt>{t("support.order.courier")}</dt>
            <dd>{o.courier ? `${o.courier.name} · ${o.courier.phone}` : "—"}</dd>
            <dt>{t("support.order.position")}</dt>
            <dd>
              {o.courier?.lastLat != null && o.courier.lastLng != null
                ? `${o.courier.lastLat.toFixed(4)}, ${o.courier.lastLng.toFixed(4)}${o.courier.lastPingAt ? ` · ${formatTime(o.courier.lastPingAt, locale)}` : ""}`
                : "—"}
            </dd>
            <dt>{t("support.order.paid")}</dt>
            <dd>{formatMoney(o.totalCents, locale)}</dd>
            <dt>{t("support.order.refunded")}</dt>
            <dd data-testid="order-refunded">{formatMoney(o.refundedCents, locale)}</dd>
          </dl>
          <ul className="drawer-lines">
            {o.items.map((i) => (
              <li key={i.id}>
                {i.name} × {i.quantity}
                {i.refundedQty ? ` (−${i.refundedQty})` : ""} ·{" "}
                {formatMoney(i.lineTotalCents, locale)}
              </li>
            ))}
          </ul>
          <h4>{t("support.order.timeline")}</h4>
          <ol className="timeline small">
            {o.events.map((e) => (
              <li key={e.id}>
                {formatTime(e.createdAt, locale)} · {e.type}
                {e.reason ? ` · ${e.reason}` : ""}
              </li>
            ))}
          </ol>
        </>
      )}
      <h4>{t("support.history")}</h4>
      <ul className="small">
        {detail.history.map((h) => (
          <li key={h.code}>
            <code>{h.code}</code> {h.subject} · {t(`ticketStatus.${h.status}`)} ·{" "}
            {formatDateTime(h.createdAt, locale)}
          </li>
        ))}
      </ul>
      <h4>{t("support.refunds")}</h4>
      <ul className="small">
        {detail.refunds.map((r) => (
          <li key={r.id}>
            {r.order.code} · {formatMoney(r.amountCents, locale)} · {r.reasonCode} ·{" "}
            {formatDateTime(r.createdAt, locale)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
