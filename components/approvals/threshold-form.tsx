"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import {
  Field,
  FormFooter,
  SelectField,
  StoreScopeSelect,
  type Option,
} from "@/components/team/form-fields";
import { textOf, useActionForm } from "@/components/team/use-action-form";
import { setThresholdAction } from "@/lib/approvals/server/actions";
import { APPROVAL_KINDS } from "@/lib/approvals/domain/kinds";

/** Sets a kind's threshold for one store or the default; empty clears it. */
export function ThresholdForm(props: { stores: Option[]; platformWide: boolean }) {
  const { t } = useI18n();
  const form = useActionForm(setThresholdAction, (f) => {
    const yuan = textOf(f, "yuan").trim();
    return {
      kind: textOf(f, "kind"),
      storeId: textOf(f, "storeId") || null,
      thresholdCents: yuan === "" ? null : Math.round(Number(yuan) * 100),
    };
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="threshold-form">
      <SelectField
        label={t("team.approvals.kind")}
        name="kind"
        options={APPROVAL_KINDS.map((k) => ({ id: k, label: t(`team.approvals.kind.${k}`) }))}
      />
      <StoreScopeSelect
        label={t("team.approvals.store")}
        stores={props.stores}
        platformWide={props.platformWide}
      />
      <Field label={t("team.approvals.threshold")}>
        <input name="yuan" inputMode="decimal" placeholder={t("team.approvals.clear")} />
      </Field>
      <FormFooter form={form} variant="plain" />
    </form>
  );
}
