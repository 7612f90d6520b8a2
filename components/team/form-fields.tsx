"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/platform/guard";
import { FormErrors, useActionForm } from "./use-action-form";

// The pieces the team and approvals forms are made of, so each form only says what it asks.

export type Option = { id: string; label: string };

/** A labelled field around one input. */
export function Field(props: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}

/** A labelled select; `empty` adds a first option with the value "" (none / default). */
export function SelectField(props: {
  label: string;
  name: string;
  options: readonly Option[];
  empty?: string;
  defaultValue?: string;
}) {
  return (
    <Field label={props.label}>
      <select name={props.name} defaultValue={props.defaultValue}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A select of built-in roles, in the reader's language. */
export function RoleSelect(props: {
  roles: readonly Role[];
  name?: string;
  label?: string;
  defaultValue?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={props.label ?? t("team.invite.role")}
      name={props.name ?? "role"}
      options={props.roles.map((r) => ({ id: r, label: t(`role.${r}`) }))}
      defaultValue={props.defaultValue}
    />
  );
}

/** The store a setting applies to; platform-wide editors may pick the default for all stores. */
export function StoreScopeSelect(props: {
  label: string;
  stores: Option[];
  platformWide: boolean;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={props.label}
      name="storeId"
      options={props.stores}
      empty={props.platformWide ? t("team.approvals.default") : undefined}
    />
  );
}

/** A set of checkboxes sharing one name (each value is an option id). */
export function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: readonly { id: string; label: ReactNode }[];
  checked?: readonly string[];
}) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.id} className="inline-field">
          <input
            type="checkbox"
            name={props.name}
            value={o.id}
            defaultChecked={props.checked?.includes(o.id)}
          />{" "}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A new password typed twice. */
export function NewPasswordFields(props: { label?: string }) {
  const { t } = useI18n();
  const input = (name: string) => (
    <input name={name} type="password" autoComplete="new-password" required maxLength={200} />
  );
  return (
    <>
      <Field label={props.label ?? t("team.invite.password")}>{input("password")}</Field>
      <Field label={t("team.invite.confirm")}>{input("confirm")}</Field>
    </>
  );
}

/** Errors, the "saved" notice once done, and the submit button, under a form. */
export function FormFooter(props: {
  form: { error: string | null; fieldErrors: Record<string, string[]>; pending: boolean };
  label?: string;
  saved?: boolean;
  variant?: "primary" | "plain";
}) {
  const { t } = useI18n();
  return (
    <>
      <FormErrors error={props.form.error} fieldErrors={props.form.fieldErrors} />
      {props.saved ? (
        <p role="status" className="notice">
          {t("team.saved")}
        </p>
      ) : null}
      <button
        type="submit"
        className={props.variant === "plain" ? "button" : "button primary"}
        disabled={props.form.pending}
      >
        {props.label ?? t("team.save")}
      </button>
    </>
  );
}

/** One button running an action with a fixed input; `children` shows its result. */
export function ActionButton<T>(props: {
  action: (input: never) => Promise<ActionResult<T>>;
  input: unknown;
  label: string;
  className?: string;
  formClassName?: string;
  children?: (data: T) => ReactNode;
}) {
  const form = useActionForm(props.action, () => props.input);
  return (
    <form onSubmit={form.onSubmit} className={props.formClassName ?? "inline-field"}>
      <button type="submit" className={props.className ?? "button ghost"} disabled={form.pending}>
        {props.label}
      </button>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      {form.data !== null && props.children ? props.children(form.data) : null}
    </form>
  );
}
