"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { renderParams } from "@/lib/campaigns/domain/explain";
import type { Explanation } from "@/lib/campaigns/domain/types";
import type { MessageKey } from "@/lib/platform/i18n/messages";

/** The pricing engine's explanation, line by line, in the viewer's language. */
export function PricingExplanation(props: { explanation: Explanation; showSkipped?: boolean }) {
  const { t, locale } = useI18n();
  const e = props.explanation;
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <section className="pricing-explanation" data-testid="pricing-explanation">
      <h3>{t("campaigns.explain.title")}</h3>
      {e.lines.length === 0 ? <p className="muted small">{t("campaigns.explain.none")}</p> : null}
      <ul className="drawer-lines">
        {e.lines.map((l, i) => (
          <li key={`${l.campaignId}-${i}`} data-code={l.code}>
            <span>
              {t(`campaigns.explain.${l.code}` as MessageKey, renderParams(l.params, money))}
              <span className="muted small"> · {l.campaignName}</span>
              <br />
              <span className="muted small">
                {t("campaigns.explain.split", {
                  store: money(l.storeCostCents),
                  platform: money(l.platformCostCents),
                })}
              </span>
            </span>
            <span className="num">−{money(l.amountCents)}</span>
          </li>
        ))}
      </ul>
      <p className="small">
        {t("campaigns.explain.subtotal")} {money(e.subtotalCents)} ·{" "}
        {t("campaigns.explain.deliveryFee")} {money(e.deliveryFeeCents)} ·{" "}
        {t("campaigns.explain.packagingFee")} {money(e.packagingFeeCents)} ·{" "}
        <strong>
          {t("campaigns.explain.total")} {money(e.totalCents)}
        </strong>
      </p>
      {props.showSkipped && e.skipped.length > 0 ? (
        <details>
          <summary className="small">{t("campaigns.skip.title")}</summary>
          <ul className="small">
            {e.skipped.map((s) => (
              <li key={s.campaignId}>
                {s.campaignName}: {t(`campaigns.skip.${s.reason}` as MessageKey)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
