"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch, type FieldErrors as FormErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/providers/i18n-provider";
import { CampaignType } from "@/lib/generated/prisma/enums";
import {
  campaignFormSchema,
  type CampaignFormInput,
  type CampaignFormValues,
} from "@/lib/campaigns/schemas";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/server/actions";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { LocalDateTimeField, MoneyField } from "./form-inputs";
import { RuleFields } from "./rule-fields";
import { CampaignPreview } from "./campaign-preview";

type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };

/** The first message of a field's error, wherever it sits in the nested form errors. */
export function errorAt(errors: FormErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** The campaign form: live validation with the shared zod schema, live preview beside it. */
export function CampaignEditor(props: {
  campaignId: string | null;
  initial: CampaignFormValues;
  stores: StoreChoice[];
  editable: boolean;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<CampaignFormInput, unknown, CampaignFormValues>({
    resolver: zodResolver(campaignFormSchema),
    defaultValues: props.initial,
    mode: "onChange",
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const values = useWatch({ control }) as CampaignFormInput;
  const err = (path: string) => {
    const m = errorAt(formState.errors, path);
    return m ? (
      <span className="form-error" role="alert" data-field={path}>
        {m}
      </span>
    ) : null;
  };

  const save = handleSubmit((data) =>
    startTransition(async () => {
      const result = props.campaignId
        ? await updateCampaignAction({ campaignId: props.campaignId, values: data })
        : await createCampaignAction(data);
      if (!result.ok) {
        setMessage(result.message);
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          const name = field.replace(/^values\./, "") as keyof CampaignFormInput;
          setError(name, { message: messages[0] ?? result.message });
        }
        return;
      }
      setMessage(t("campaigns.editor.saved"));
      if (!props.campaignId) router.push(`/campaigns/${result.data.id}`);
      else router.refresh();
    }),
  );

  return (
    <div className="campaign-editor">
      <form className="panel entry-form" onSubmit={save} data-testid="campaign-form" noValidate>
        <fieldset disabled={!props.editable || pending}>
          <label>
            {t("campaigns.editor.name")} <input {...register("name")} data-testid="campaign-name" />
            {err("name")}
          </label>
          <label>
            {t("campaigns.editor.type")}{" "}
            <select {...register("type")} data-testid="campaign-type">
              {Object.values(CampaignType).map((type) => (
                <option key={type} value={type}>
                  {t(`campaignType.${type}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("campaigns.editor.startsAt")}{" "}
            <LocalDateTimeField control={control} name="startsAt" testId="campaign-starts" />
            {err("startsAt")}
          </label>
          <label>
            {t("campaigns.editor.endsAt")}{" "}
            <LocalDateTimeField control={control} name="endsAt" testId="campaign-ends" />
            {err("endsAt")}
          </label>
          <fieldset className="checks">
            <legend>{t("campaigns.editor.stores")}</legend>
            {props.stores.map((s) => (
              <label key={s.id}>
                <input type="checkbox" value={s.id} {...register("storeIds")} /> {s.code} ·{" "}
                {locale === "en" ? s.nameEn : s.nameZh}
              </label>
            ))}
            {err("storeIds")}
          </fieldset>
          <label>
            {t("campaigns.editor.budget")}{" "}
            <MoneyField
              control={control}
              name="budgetCents"
              empty={null}
              testId="campaign-budget"
            />
            {err("budgetCents")}
          </label>
          <label>
            {t("campaigns.editor.limit")}{" "}
            <input
              inputMode="numeric"
              {...register("redemptionLimit", {
                setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)),
              })}
            />
            {err("redemptionLimit")}
          </label>
          <label>
            {t("campaigns.editor.storeShare")}{" "}
            <input inputMode="numeric" {...register("storeSharePct", { valueAsNumber: true })} />
            {err("storeSharePct")}
          </label>
          <label>
            {t("campaigns.editor.priority")}{" "}
            <input inputMode="numeric" {...register("priority", { valueAsNumber: true })} />
            {err("priority")}
          </label>
          <label>
            <input type="checkbox" {...register("exclusive")} data-testid="campaign-exclusive" />{" "}
            {t("campaigns.editor.exclusive")}
            {err("exclusive")}
          </label>
          <RuleFields form={form} type={values.type} err={err} />
          <button type="submit" className="button primary" data-testid="campaign-save">
            {t("campaigns.editor.save")}
          </button>
          {message ? (
            <p role="status" data-testid="campaign-message">
              {message}
            </p>
          ) : null}
        </fieldset>
      </form>
      <CampaignPreview values={values} campaignId={props.campaignId} />
    </div>
  );
}
