"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { ClockWindowField, type CampaignForm } from "./form-inputs";

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** Days of week and daily hours, in Asia/Shanghai time (the engine's clock). */
export function ScheduleFields(props: {
  form: CampaignForm;
  err: (path: string) => React.ReactNode;
}) {
  const { t } = useI18n();
  const { register } = props.form;
  return (
    <fieldset data-testid="campaign-schedule">
      <legend>{t("campaigns.editor.section.schedule")}</legend>
      <fieldset className="checks" data-testid="campaign-days">
        <legend>{t("campaigns.editor.days")}</legend>
        {DAYS.map((d) => (
          <label key={d}>
            <input type="checkbox" value={d} {...register("rules.daysOfWeek")} />{" "}
            {t(`weekday.${d}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <div>
        {t("campaigns.editor.hours")}{" "}
        <ClockWindowField
          form={props.form}
          name="rules.hours"
          testId="campaign-hours"
          labels={{ from: t("campaigns.editor.from"), to: t("campaigns.editor.to") }}
        />
        {props.err("rules.hours.from")}
        {props.err("rules.hours.to")}
      </div>
    </fieldset>
  );
}
