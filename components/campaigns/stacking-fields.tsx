"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { MoneyField, optionalNumber, type CampaignForm } from "./form-inputs";

const optionalText = {
  setValueAs: (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
};

/**
 * How the campaign combines with others (exclusive, order, group, caps) and who pays for it.
 * `clash` is the exclusive campaign this one would overlap, checked as the form changes.
 */
export function StackingFields(props: {
  form: CampaignForm;
  err: (path: string) => React.ReactNode;
  clash: string | null;
  storeSharePct: unknown;
}) {
  const { t } = useI18n();
  const { register, control } = props.form;
  const share = Number(props.storeSharePct);
  const valid = Number.isInteger(share) && share >= 0 && share <= 100;
  return (
    <fieldset data-testid="campaign-stacking">
      <legend>{t("campaigns.editor.section.stacking")}</legend>
      <label>
        <input type="checkbox" {...register("exclusive")} data-testid="campaign-exclusive" />{" "}
        {t("campaigns.editor.exclusive")}
        {props.err("exclusive")}
        {props.clash ? (
          <span className="form-error" role="alert" data-field="exclusive">
            {t("campaigns.warn.EXCLUSIVE_OVERLAP", { name: props.clash })}
          </span>
        ) : null}
      </label>
      <label>
        {t("campaigns.editor.priority")}{" "}
        <input
          inputMode="numeric"
          data-testid="campaign-priority"
          {...register("priority", { valueAsNumber: true })}
        />
        {props.err("priority")}
      </label>
      <label>
        {t("campaigns.editor.stackGroup")}{" "}
        <input data-testid="campaign-stack-group" {...register("rules.stackGroup", optionalText)} />
        {props.err("rules.stackGroup")}
      </label>
      <label>
        {t("campaigns.editor.maxTotalPct")}{" "}
        <input
          inputMode="numeric"
          data-testid="campaign-cap-pct"
          {...register("rules.maxTotalDiscountPct", optionalNumber)}
        />
        {props.err("rules.maxTotalDiscountPct")}
      </label>
      <label>
        {t("campaigns.editor.maxDiscount")}{" "}
        <MoneyField
          control={control}
          name="rules.maxDiscountCents"
          empty={undefined}
          testId="campaign-max-discount"
        />
        {props.err("rules.maxDiscountCents")}
      </label>
      <label>
        {t("campaigns.editor.storeShare")}{" "}
        <input
          inputMode="numeric"
          data-testid="campaign-store-share"
          {...register("storeSharePct", { valueAsNumber: true })}
        />
        {props.err("storeSharePct")}
      </label>
      {valid ? (
        <p className="muted small" data-testid="campaign-cost-split">
          {t("campaigns.editor.costSplit", { store: share, platform: 100 - share })}
        </p>
      ) : null}
    </fieldset>
  );
}
