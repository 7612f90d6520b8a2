"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { supportErrorText } from "@/lib/support/error-text";
import { staffTicketSchema } from "@/lib/support/schemas";
import { createStaffTicketAction } from "@/lib/support/server/actions";

const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
const FIELDS = ["subject", "message", "orderCode"] as const;
type Draft = { subject: string; message: string; orderCode: string; priority: string };
const EMPTY: Draft = { subject: "", message: "", orderCode: "", priority: "NORMAL" };

function fieldsOf(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

/** A ticket opened by hand for a customer who called; field errors from the shared schema. */
export function NewTicketForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // schema messages the support catalogue knows, else a plain "check this field"
  const fieldText = (error: string) => {
    if (error === "No such order.") return t("support.new.noOrder");
    const text = supportErrorText(t, error);
    return text === t("support.err.generic") ? t("support.new.invalid") : text;
  };
  const submit = () => {
    const parsed = staffTicketSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldsOf(parsed.error.issues));
      return;
    }
    start(async () => {
      setErrors({});
      setMessage(null);
      const r = await createStaffTicketAction(parsed.data);
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage(supportErrorText(t, r.message));
        return;
      }
      setDraft(EMPTY);
      setOpen(false);
      router.push(`/support?view=all&ticket=${encodeURIComponent(r.data.code)}`);
    });
  };
  if (!open) {
    return (
      <button
        type="button"
        className="button"
        onClick={() => setOpen(true)}
        data-testid="new-ticket"
      >
        {t("support.new.open")}
      </button>
    );
  }
  return (
    <form
      className="panel form"
      data-testid="new-ticket-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{t("support.new.title")}</h3>
      {FIELDS.map((name) => {
        const error = errors[name]?.[0];
        const common = {
          id: `new-ticket-${name}`,
          value: draft[name],
          "aria-invalid": error ? true : undefined,
          "data-testid": `new-ticket-${name}`,
        };
        return (
          <div className="field" key={name}>
            <label htmlFor={`new-ticket-${name}`}>{t(`support.new.${name}`)}</label>
            {name === "message" ? (
              <textarea
                {...common}
                rows={3}
                onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
              />
            ) : (
              <input {...common} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
            )}
            {error ? (
              <span className="form-error" role="alert" data-testid={`new-ticket-${name}-error`}>
                {fieldText(error)}
              </span>
            ) : null}
          </div>
        );
      })}
      <label className="field">
        <span>{t("support.new.priority")}</span>
        <select
          value={draft.priority}
          onChange={(e) => setDraft({ ...draft, priority: e.target.value })}
          data-testid="new-ticket-priority"
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {message ? <p className="form-error">{message}</p> : null}
      <div className="inline-form">
        <button
          type="submit"
          className="button primary"
          disabled={pending}
          data-testid="new-ticket-save"
        >
          {t("support.new.save")}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t("support.new.cancel")}
        </button>
      </div>
    </form>
  );
}
