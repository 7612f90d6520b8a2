"use client";

import type { ReactNode } from "react";
import { useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/providers/i18n-provider";
import type { CampaignFormInput } from "@/lib/campaigns/schemas";
import { ClockWindowField, MoneyField, optionalNumber, type CampaignForm } from "./form-inputs";

const AMOUNT_TYPES = ["FIXED_OFF", "NEW_CUSTOMER", "COUPON"];
const PERCENT_TYPES = ["PERCENT_OFF", "NTH_ITEM", "FIXED_OFF", "NEW_CUSTOMER", "COUPON"];

/** The type-specific terms of a campaign: what it takes off, and on what condition. */
export function RuleFields(props: {
  form: CampaignForm;
  type: CampaignFormInput["type"] | undefined;
  err: (path: string) => ReactNode;
}) {
  const { t } = useI18n();
  const { register, control } = props.form;
  const tiers = useFieldArray({ control, name: "rules.tiers" });
  const { type, err } = props;
  return (
    <fieldset data-testid="campaign-terms">
      <legend>{t("campaigns.editor.section.terms")}</legend>
      {type === "THRESHOLD" ? (
        <fieldset data-testid="campaign-tiers">
          <legend>{t("campaigns.editor.tiers")}</legend>
          {tiers.fields.map((f, i) => (
            <div key={f.id} className="tier-row">
              <label>
                {t("campaigns.editor.tierMin")}{" "}
                <MoneyField
                  control={control}
                  name={`rules.tiers.${i}.minSubtotalCents`}
                  empty={undefined}
                  testId={`tier-${i}-min`}
                />
                {err(`rules.tiers.${i}.minSubtotalCents`)}
              </label>
              <label>
                {t("campaigns.editor.tierOff")}{" "}
                <MoneyField
                  control={control}
                  name={`rules.tiers.${i}.discountCents`}
                  empty={undefined}
                  testId={`tier-${i}-off`}
                />
                {err(`rules.tiers.${i}.discountCents`)}
              </label>
              <button type="button" className="button" onClick={() => tiers.remove(i)}>
                {t("campaigns.editor.removeTier")}
              </button>
            </div>
          ))}
          {err("rules.tiers")}
          <button
            type="button"
            className="button"
            data-testid="tier-add"
            onClick={() => tiers.append({ minSubtotalCents: 0, discountCents: 0 })}
          >
            {t("campaigns.editor.addTier")}
          </button>
        </fieldset>
      ) : null}
      {type && AMOUNT_TYPES.includes(type) ? (
        <label>
          {t("campaigns.editor.discount")}{" "}
          <MoneyField
            control={control}
            name="rules.discountCents"
            empty={undefined}
            testId="rule-discount"
          />
          {err("rules.discountCents")}
        </label>
      ) : null}
      {type && PERCENT_TYPES.includes(type) ? (
        <label>
          {t("campaigns.editor.percentOff")}{" "}
          <input
            inputMode="numeric"
            data-testid="rule-percent"
            {...register("rules.percentOff", optionalNumber)}
          />
          {err("rules.percentOff")}
        </label>
      ) : null}
      {type === "NTH_ITEM" ? (
        <label>
          {t("campaigns.editor.nth")}{" "}
          <input
            inputMode="numeric"
            data-testid="rule-nth"
            {...register("rules.nth", optionalNumber)}
          />
          {err("rules.nth")}
        </label>
      ) : null}
      {type === "BUNDLE" ? (
        <label>
          {t("campaigns.editor.bundlePrice")}{" "}
          <MoneyField
            control={control}
            name="rules.bundlePriceCents"
            empty={undefined}
            testId="rule-bundle-price"
          />
          {err("rules.bundlePriceCents")}
        </label>
      ) : null}
      {type === "FLASH_SALE" ? (
        <>
          <label>
            {t("campaigns.editor.salePercent")}{" "}
            <input
              inputMode="numeric"
              data-testid="rule-sale-percent"
              {...register("rules.pricePercent", optionalNumber)}
            />
            {err("rules.pricePercent")}
          </label>
          <label>
            {t("campaigns.editor.maxPerOrder")}{" "}
            <input
              inputMode="numeric"
              data-testid="rule-max-per-order"
              {...register("rules.maxPerOrder", optionalNumber)}
            />
            {err("rules.maxPerOrder")}
          </label>
          <div>
            {t("campaigns.editor.window")}{" "}
            <ClockWindowField
              form={props.form}
              name="rules.window"
              testId="rule-window"
              labels={{ from: t("campaigns.editor.from"), to: t("campaigns.editor.to") }}
            />
            {err("rules.window.from")}
            {err("rules.window.to")}
          </div>
        </>
      ) : null}
      {type === "DELIVERY_FEE" ? (
        <>
          <label>
            <input
              type="checkbox"
              data-testid="rule-waive-delivery"
              {...register("rules.waiveDeliveryFee")}
            />{" "}
            {t("campaigns.explain.DELIVERY_FREE")}
          </label>
          <label>
            {t("campaigns.editor.deliveryOff")}{" "}
            <MoneyField
              control={control}
              name="rules.deliveryFeeOffCents"
              empty={undefined}
              testId="rule-delivery-off"
            />
            {err("rules.deliveryFeeOffCents")}
          </label>
        </>
      ) : null}
      {type !== "THRESHOLD" ? (
        <label>
          {t("campaigns.editor.minSubtotal")}{" "}
          <MoneyField
            control={control}
            name="rules.minSubtotalCents"
            empty={undefined}
            testId="rule-min-subtotal"
          />
          {err("rules.minSubtotalCents")}
        </label>
      ) : null}
    </fieldset>
  );
}
