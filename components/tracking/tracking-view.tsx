"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney, formatTime } from "@/lib/platform/i18n/format";
import { trackingQueryOptions } from "@/lib/tracking/query-options";
import { CourierMap } from "./courier-map";
import { CsatPanel } from "./csat-panel";
import { HelpPanel } from "./help-panel";
import { RatingPanel } from "./rating-panel";
import { RefundsList } from "./refunds-list";
import { SupportChat } from "./support-chat";
import { useTrackingStream } from "./use-tracking-stream";

const CLOSED = ["REJECTED", "CANCELLED", "REFUNDED"];

/** The customer's view of one order, pushed live (polled while the stream is down). */
export function TrackingView(props: { token: string }) {
  const { t, locale } = useI18n();
  const live = useTrackingStream(props.token);
  const { data } = useSuspenseQuery(trackingQueryOptions(props.token, live));
  const time = (iso: string) => formatTime(new Date(iso), locale);
  const name = (o: { nameZh: string; nameEn: string }) => (locale === "en" ? o.nameEn : o.nameZh);
  const closed = CLOSED.includes(data.status);
  return (
    <article
      className="track-card"
      data-testid="tracking"
      data-status={data.status}
      data-live={live}
    >
      <p className="muted small">{t("track.order", { code: data.code })}</p>
      <h1 data-testid="tracking-status">{t(`status.${data.status}`)}</h1>
      {closed ? <p className="notice">{t("track.closed")}</p> : null}
      {!closed ? (
        <ol className="track-steps">
          {data.steps.map((step) => (
            <li key={step.status} className={step.at ? "done" : ""}>
              <span>{t(`status.${step.status}`)}</span>
              <time>{step.at ? time(step.at) : ""}</time>
            </li>
          ))}
        </ol>
      ) : null}
      <dl className="track-facts">
        <dt>{t("track.promised")}</dt>
        <dd>{time(data.promisedAt)}</dd>
        {data.estimatedAt ? (
          <>
            <dt>{t("track.eta")}</dt>
            <dd data-testid="tracking-eta">{time(data.estimatedAt)}</dd>
          </>
        ) : null}
        <dt>{t("track.store")}</dt>
        <dd>
          {name(data.store)} · {data.store.phone}
        </dd>
        <dt>{t("track.courier")}</dt>
        <dd>
          {data.courier
            ? `${data.courier.name} · ${data.courier.phone}`
            : t("track.courierPending")}
        </dd>
      </dl>
      {data.courier?.position ? (
        <section>
          <h2>{t("track.map")}</h2>
          <CourierMap
            store={data.store.position}
            destination={data.destination}
            courier={data.courier.position}
            labels={{
              store: t("track.store"),
              destination: t("track.destination"),
              courier: t("track.courier"),
            }}
          />
        </section>
      ) : null}
      <ul className="track-items">
        {data.items.map((item, i) => (
          <li key={i}>
            {name(item)} ×{item.quantity}
          </li>
        ))}
      </ul>
      <p className="small">
        {t("orders.total")}: {formatMoney(data.totalCents, locale)}
      </p>
      {data.refunds.length ? <RefundsList refunds={data.refunds} /> : null}
      {data.steps.some((s) => s.status === "DELIVERED" && s.at) ? (
        <RatingPanel token={props.token} rating={data.rating} />
      ) : null}
      {data.support ? <SupportChat token={props.token} support={data.support} /> : null}
      {data.support ? <CsatPanel token={props.token} support={data.support} /> : null}
      <HelpPanel token={props.token} conversationOpen={data.support?.canWrite ?? false} />
      <p className="muted small">{t("track.live")}</p>
    </article>
  );
}
