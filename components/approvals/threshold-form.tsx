"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { FormErrors, textOf, useActionForm } from "@/components/team/use-action-form";
import { setThresholdAction } from "@/lib/approvals/server/actions";
import { APPROVAL_KINDS } from "@/lib/approvals/domain/kinds";

type Option = { id: string; label: string };

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
      <label className="field">
        <span>{t("team.approvals.kind")}</span>
        <select name="kind">
          {APPROVAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`team.approvals.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.approvals.store")}</span>
        <select name="storeId">
          {props.platformWide ? <option value="">{t("team.approvals.default")}</option> : null}
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.approvals.threshold")}</span>
        <input name="yuan" inputMode="decimal" placeholder={t("team.approvals.clear")} />
      </label>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      <button type="submit" className="button" disabled={form.pending}>
        {t("team.save")}
      </button>
    </form>
  );
}
