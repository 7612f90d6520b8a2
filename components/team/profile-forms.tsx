"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/providers/i18n-provider";
import { changePasswordAction, updateProfileAction } from "@/lib/team/server/actions";
import { clockAction, toggleTrainingAction } from "@/lib/team/server/ops-actions";
import type { OwnProfile } from "@/lib/team/server/profile";
import type { TrainingItemRow } from "@/lib/team/server/training";
import { ActionButton, Field, FormFooter, NewPasswordFields } from "./form-fields";
import { FormErrors, textOf, useActionForm } from "./use-action-form";

/** Own name, phone and language. */
export function ProfileForm(props: { profile: OwnProfile }) {
  const { t } = useI18n();
  const form = useActionForm(
    updateProfileAction,
    (f) => ({ name: textOf(f, "name"), phone: textOf(f, "phone"), locale: textOf(f, "locale") }),
    () => window.location.reload(),
  );
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="profile-form">
      <Field label={t("common.name")}>
        <input name="name" defaultValue={props.profile.name} required maxLength={80} />
      </Field>
      <Field label={t("team.profile.phone")}>
        <input name="phone" defaultValue={props.profile.phone} maxLength={30} />
      </Field>
      <Field label={t("team.profile.language")}>
        <select name="locale" defaultValue={props.profile.locale ?? "zh-CN"}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </Field>
      <FormFooter form={form} />
    </form>
  );
}

/** Own password; afterwards every session (this one too) signs in again. */
export function PasswordForm() {
  const { t } = useI18n();
  const form = useActionForm(
    changePasswordAction,
    (f) => ({
      current: textOf(f, "current"),
      password: textOf(f, "password"),
      confirm: textOf(f, "confirm"),
    }),
    () => void signOut({ callbackUrl: "/sign-in" }),
  );
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <h2>{t("team.profile.password")}</h2>
      <Field label={t("team.profile.current")}>
        <input name="current" type="password" autoComplete="current-password" maxLength={200} />
      </Field>
      <NewPasswordFields label={t("team.profile.newPassword")} />
      {form.data ? (
        <p role="status" className="notice">
          {t("team.profile.passwordChanged")}
        </p>
      ) : null}
      <FormFooter form={form} variant="plain" />
    </form>
  );
}

/** Clock in to / out of one's own current shift. */
export function ClockButton(props: { direction: "IN" | "OUT" }) {
  const { t } = useI18n();
  return (
    <ActionButton
      action={clockAction}
      input={{ direction: props.direction }}
      label={t(props.direction === "IN" ? "team.shifts.clockIn" : "team.shifts.clockOut")}
      className="button primary"
    />
  );
}

/** One's own training checklist, ticked in place. */
export function TrainingChecklist(props: { items: TrainingItemRow[] }) {
  const { t, locale } = useI18n();
  const form = useActionForm(toggleTrainingAction, (f) => ({
    itemId: textOf(f, "itemId"),
    done: textOf(f, "done") === "1",
  }));
  if (props.items.length === 0) return <p className="muted">{t("team.training.empty")}</p>;
  return (
    <ul className="form" data-testid="my-training">
      {props.items.map((i) => (
        <li key={i.id}>
          <form onSubmit={form.onSubmit} className="inline-field">
            <input type="hidden" name="itemId" value={i.id} />
            <input type="hidden" name="done" value={i.done ? "0" : "1"} />
            <button
              type="submit"
              className="button ghost"
              aria-pressed={i.done}
              disabled={form.pending}
            >
              {i.done ? "☑" : "☐"} {locale === "en" ? i.titleEn : i.titleZh}
            </button>
          </form>
        </li>
      ))}
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
    </ul>
  );
}
