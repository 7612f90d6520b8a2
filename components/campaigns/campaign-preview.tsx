"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { campaignFormSchema, type CampaignFormInput } from "@/lib/campaigns/schemas";
import { previewCampaign } from "@/lib/campaigns/domain/warnings";
import type { CatalogueItem } from "@/lib/campaigns/domain/samples";
import { PricingExplanation } from "./pricing-explanation";

/**
 * Runs the real pricing engine in the browser on sample carts as the form changes: the same
 * function intake uses, so what the preview shows is what an order will get.
 */
export function CampaignPreview(props: {
  values: CampaignFormInput;
  campaignId: string | null;
  catalogue: readonly CatalogueItem[];
}) {
  const { t, locale } = useI18n();
  const parsed = campaignFormSchema.safeParse(props.values);
  return (
    <section className="panel" data-testid="campaign-preview" aria-live="polite">
      <h2>{t("campaigns.editor.preview")}</h2>
      {parsed.success ? (
        previewCampaign(
          {
            ...parsed.data,
            id: props.campaignId ?? "preview",
            status: "DRAFT",
            spentCents: 0,
            redemptionCount: 0,
          },
          props.catalogue,
        ).map((p, i) => (
          <div
            key={i}
            data-testid={`preview-${p.subtotalCents}`}
            data-sample={i}
            className="preview-cart"
          >
            <h3>
              {t("campaigns.editor.sampleCart", { amount: formatMoney(p.subtotalCents, locale) })}
            </h3>
            <PricingExplanation explanation={p.explanation} showSkipped />
          </div>
        ))
      ) : (
        <p className="muted">{t("common.noData")}</p>
      )}
    </section>
  );
}
