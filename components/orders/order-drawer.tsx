"use client";

import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatDateTime, formatMoney, formatTime } from "@/lib/platform/i18n/format";
import { orderDetailQueryOptions } from "@/lib/orders/query-options";
import { PricingExplanation } from "@/components/campaigns/pricing-explanation";

/** The order detail drawer (`?order=<id>`): timeline, items, customer, courier and ETA. */
export function OrderDrawer(props: { orderId: string; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { data, isPending, isError } = useQuery(orderDetailQueryOptions(props.orderId));
  const name = (o: { nameZh: string; nameEn: string }) => (locale === "en" ? o.nameEn : o.nameZh);
  return (
    <aside
      className="drawer"
      role="dialog"
      aria-label={t("drawer.title")}
      data-testid="order-drawer"
    >
      <header className="drawer-head">
        <h2>{data ? <code>{data.code}</code> : t("drawer.title")}</h2>
        <button type="button" className="button" onClick={props.onClose}>
          {t("board.close")}
        </button>
      </header>
      {isPending ? <p className="muted">…</p> : null}
      {isError ? <p className="form-error">{t("drawer.notFound")}</p> : null}
      {data ? (
        <div className="drawer-body">
          <p>
            <span className="badge info">{t(`status.${data.status}`)}</span>{" "}
            {t(`channel.${data.channel}`)} · {data.storeCode} ·{" "}
            {locale === "en" ? data.storeNameEn : data.storeNameZh}
          </p>
          <dl className="drawer-facts">
            <dt>{t("orders.customer")}</dt>
            <dd>
              {data.customerName} · <span data-testid="drawer-phone">{data.customerPhone}</span>
            </dd>
            <dt>{t("drawer.address")}</dt>
            <dd>{data.addressLine}</dd>
            {data.note ? (
              <>
                <dt>{t("drawer.note")}</dt>
                <dd>{data.note}</dd>
              </>
            ) : null}
            <dt>{t("drawer.courier")}</dt>
            <dd>
              {data.courier
                ? `${data.courier.name} · ${data.courier.phone}`
                : t("drawer.noCourier")}
            </dd>
            <dt>{t("orders.promisedAt")}</dt>
            <dd>{formatTime(new Date(data.promisedAt), locale)}</dd>
            <dt>{t("drawer.eta")}</dt>
            <dd>{data.estimatedAt ? formatTime(new Date(data.estimatedAt), locale) : "—"}</dd>
            <dt>{t("drawer.tracking")}</dt>
            <dd>
              <a href={`/track/${data.trackingToken}`} target="_blank" rel="noreferrer">
                /track/…
              </a>
            </dd>
          </dl>
          <h3>{t("orders.items")}</h3>
          <ul className="drawer-lines">
            {data.lines.map((line) => (
              <li key={line.id}>
                {name(line)} ×{line.quantity}
                {line.refundedQty > 0
                  ? ` (${t("drawer.refunded", { count: line.refundedQty })})`
                  : ""}
                <span className="num">{formatMoney(line.lineTotalCents, locale)}</span>
              </li>
            ))}
          </ul>
          <p className="small">
            {t("orders.total")}: {formatMoney(data.totalCents, locale)}
            {data.refundedCents > 0
              ? ` · ${t("drawer.refundedAmount", { amount: formatMoney(data.refundedCents, locale) })}`
              : ""}
          </p>
          {data.pricing ? <PricingExplanation explanation={data.pricing} /> : null}
          <h3>{t("drawer.timeline")}</h3>
          <ol className="timeline" data-testid="order-timeline">
            {data.events.map((e) => (
              <li key={e.id}>
                <time>{formatDateTime(new Date(e.createdAt), locale)}</time>{" "}
                {e.toStatus ? t(`status.${e.toStatus}`) : e.type}
                {e.actorName ? ` · ${e.actorName}` : ` · ${t(`actorType.${e.actorType}`)}`}
                {e.reason ? ` · ${e.reason}` : ""}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </aside>
  );
}
