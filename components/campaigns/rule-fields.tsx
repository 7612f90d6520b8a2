"use client";

import type { ReactNode } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/providers/i18n-provider";
import { SEGMENTS, type CampaignFormInput, type CampaignFormValues } from "@/lib/campaigns/schemas";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { MoneyField } from "./form-inputs";

type Form = UseFormReturn<CampaignFormInput, unknown, CampaignFormValues>;
const optionalNumber = {
  setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
};
const optionalText = {
  setValueAs: (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
};
const CHANNELS = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] as const;
const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** The type-specific terms plus targeting, schedule and stacking of a campaign. */
export function RuleFields(props: {
  form: Form;
  type: CampaignFormInput["type"] | undefined;
  err: (path: string) => ReactNode;
}) {
  const { t } = useI18n();
  const { register, control } = props.form;
  const tiers = useFieldArray({ control, name: "rules.tiers" });
  const { type, err } = props;
  const amountTypes = ["FIXED_OFF", "NEW_CUSTOMER", "COUPON"];
  const percentTypes = ["PERCENT_OFF", "NTH_ITEM", "FIXED_OFF", "NEW_CUSTOMER", "COUPON"];
  return (
    <>
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
      {type && amountTypes.includes(type) ? (
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
      {type && percentTypes.includes(type) ? (
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
          N <input inputMode="numeric" {...register("rules.nth", optionalNumber)} />
          {err("rules.nth")}
        </label>
      ) : null}
      {type === "FLASH_SALE" ? (
        <label>
          % <input inputMode="numeric" {...register("rules.pricePercent", optionalNumber)} />
          {err("rules.pricePercent")}
        </label>
      ) : null}
      {type === "DELIVERY_FEE" ? (
        <label>
          <input type="checkbox" {...register("rules.waiveDeliveryFee")} />{" "}
          {t("campaigns.explain.DELIVERY_FREE")}
        </label>
      ) : null}
      {type !== "THRESHOLD" ? (
        <label>
          {t("campaigns.editor.minSubtotal")}{" "}
          <MoneyField control={control} name="rules.minSubtotalCents" empty={undefined} />
          {err("rules.minSubtotalCents")}
        </label>
      ) : null}
      <label>
        {t("campaigns.editor.maxTotalPct")}{" "}
        <input inputMode="numeric" {...register("rules.maxTotalDiscountPct", optionalNumber)} />
        {err("rules.maxTotalDiscountPct")}
      </label>
      <label>
        {t("campaigns.editor.stackGroup")} <input {...register("rules.stackGroup", optionalText)} />
      </label>
      <fieldset className="checks">
        <legend>{t("campaigns.editor.segments")}</legend>
        {SEGMENTS.map((s) => (
          <label key={s}>
            <input type="checkbox" value={s} {...register("rules.segments")} />{" "}
            {t(`campaigns.segment.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t("campaigns.editor.channels")}</legend>
        {CHANNELS.map((c) => (
          <label key={c}>
            <input type="checkbox" value={c} {...register("rules.channels")} />{" "}
            {t(`channel.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t("campaigns.editor.days")}</legend>
        {DAYS.map((d) => (
          <label key={d}>
            <input type="checkbox" value={d} {...register("rules.daysOfWeek")} /> {d}
          </label>
        ))}
      </fieldset>
    </>
  );
}
