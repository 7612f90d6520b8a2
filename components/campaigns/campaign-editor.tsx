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
import type { CampaignCatalogue } from "@/lib/campaigns/server/catalogue";
import { exclusiveClash, type ExclusiveRef } from "@/lib/campaigns/domain/warnings";
import { LocalDateTimeField, MoneyField } from "./form-inputs";
import { RuleFields } from "./rule-fields";
import { CampaignPreview } from "./campaign-preview";
import { MembershipFields } from "./membership-fields";
import { ScheduleFields } from "./schedule-fields";
import { StackingFields } from "./stacking-fields";
import { storesInScope, TargetFields, type StoreChoice } from "./target-fields";

/** The first message of a field's error, wherever it sits in the nested form errors. */
export function errorAt(errors: FormErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** The exclusive campaign the form's values would overlap, checked as they change. */
function liveExclusiveClash(
  values: CampaignFormInput,
  campaignId: string | null,
  others: ExclusiveRef[],
): ExclusiveRef | null {
  const startsAt = new Date(values.startsAt as Date);
  const endsAt = new Date(values.endsAt as Date);
  if (!values.exclusive || Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    return null;
  const draft = {
    id: campaignId ?? "new",
    name: values.name,
    exclusive: true,
    startsAt,
    endsAt,
    storeIds: values.storeIds ?? [],
  };
  return exclusiveClash(draft, others);
}

/** The campaign form: live validation with the shared zod schema, live preview beside it. */
export function CampaignEditor(props: {
  campaignId: string | null;
  initial: CampaignFormValues;
  stores: StoreChoice[];
  editable: boolean;
  catalogue: CampaignCatalogue;
  exclusives: ExclusiveRef[];
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
  const clash = liveExclusiveClash(values, props.campaignId, props.exclusives);
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
            {t(
              values.type === "FLASH_SALE"
                ? "campaigns.editor.saleQuantity"
                : "campaigns.editor.limit",
            )}{" "}
            <input
              inputMode="numeric"
              data-testid="campaign-limit"
              {...register("redemptionLimit", {
                setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)),
              })}
            />
            {err("redemptionLimit")}
          </label>
          <RuleFields form={form} type={values.type} err={err} />
          {values.type === "MEMBERSHIP" ? (
            <MembershipFields
              form={form}
              stores={storesInScope(props.stores, values.storeIds)}
              catalogue={props.catalogue}
              err={err}
            />
          ) : null}
          <TargetFields
            form={form}
            type={values.type}
            stores={props.stores}
            catalogue={props.catalogue}
            err={err}
          />
          <ScheduleFields form={form} err={err} />
          <StackingFields
            form={form}
            err={err}
            clash={clash?.name ?? null}
            storeSharePct={values.storeSharePct}
          />
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
      <CampaignPreview
        values={values}
        campaignId={props.campaignId}
        catalogue={props.catalogue.items}
      />
    </div>
  );
}
