"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { FormErrors, textOf, useActionForm } from "@/components/team/use-action-form";
import { cancelApprovalAction, decideApprovalAction } from "@/lib/approvals/server/actions";

const DECISIONS = [
  { value: "APPROVE", className: "button primary", label: "team.approvals.approve" },
  { value: "REJECT", className: "button danger", label: "team.approvals.reject" },
] as const;

/** Approve, or reject with a note; the requester may only withdraw. */
export function DecideButtons(props: { id: string; own: boolean }) {
  const { t } = useI18n();
  const decide = useActionForm(decideApprovalAction, (f) => ({
    id: props.id,
    decision: textOf(f, "decision"),
    note: textOf(f, "note"),
  }));
  const cancel = useActionForm(cancelApprovalAction, () => ({ id: props.id }));
  if (props.own) {
    return (
      <form onSubmit={cancel.onSubmit} className="inline-field">
        <span className="muted small">{t("team.approvals.own")}</span>
        <button type="submit" className="button ghost" disabled={cancel.pending}>
          {t("team.approvals.cancel")}
        </button>
        <FormErrors error={cancel.error} fieldErrors={cancel.fieldErrors} />
      </form>
    );
  }
  return (
    <form onSubmit={decide.onSubmit} className="inline-field">
      <input
        name="note"
        placeholder={t("team.approvals.note")}
        maxLength={500}
        aria-label={t("team.approvals.note")}
      />
      {DECISIONS.map((d) => (
        <button
          key={d.value}
          type="submit"
          className={d.className}
          disabled={decide.pending}
          name="decision"
          value={d.value}
        >
          {t(d.label)}
        </button>
      ))}
      <FormErrors error={decide.error} fieldErrors={decide.fieldErrors} />
    </form>
  );
}
