"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatDateTime, formatMoney } from "@/lib/platform/i18n/format";
import type { TrackingRefund } from "@/lib/tracking/types";

/** Refunds issued on the order: amount, when, and which dishes (or the rest of the order). */
export function RefundsList(props: { refunds: TrackingRefund[] }) {
  const { t, locale } = useI18n();
  return (
    <section data-testid="refunds">
      <h2>{t("track.refunds.title")}</h2>
      <ul className="track-items">
        {props.refunds.map((r) => (
          <li key={r.id} data-testid="refund">
            <strong>{t("track.refunds", { amount: formatMoney(r.amountCents, locale) })}</strong>
            {" · "}
            {r.items
              ? r.items
                  .map((i) => `${locale === "en" ? i.nameEn : i.nameZh} ×${i.quantity}`)
                  .join("、")
              : t("track.refunds.rest")}
            {" · "}
            <time dateTime={r.at}>{formatDateTime(new Date(r.at), locale)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
