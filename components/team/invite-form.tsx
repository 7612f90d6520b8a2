"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { createInviteAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import { allOf, FormErrors, textOf, useActionForm } from "./use-action-form";

type Option = { id: string; label: string };

/** Invite by link: email, role (or custom role), stores; shows the one-time link. */
export function InviteForm(props: { roles: Role[]; customRoles: Option[]; stores: Option[] }) {
  const { t, locale } = useI18n();
  const form = useActionForm(createInviteAction, (f) => ({
    email: textOf(f, "email"),
    role: textOf(f, "role"),
    customRoleId: textOf(f, "customRoleId"),
    storeIds: allOf(f, "storeIds"),
    expiresInHours: textOf(f, "expiresInHours"),
  }));
  return (
    <form className="form" onSubmit={form.onSubmit} data-testid="invite-form" noValidate>
      <h2>{t("team.invite.title")}</h2>
      <label className="field">
        <span>{t("team.invite.email")}</span>
        <input name="email" type="email" required maxLength={200} />
      </label>
      <label className="field">
        <span>{t("team.invite.role")}</span>
        <select name="role" defaultValue={props.roles[props.roles.length - 1]}>
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {props.customRoles.length ? (
        <label className="field">
          <span>{t("team.invite.customRole")}</span>
          <select name="customRoleId" defaultValue="">
            <option value="">—</option>
            {props.customRoles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <fieldset className="field">
        <legend>{t("team.stores.pick")}</legend>
        {props.stores.map((s) => (
          <label key={s.id} className="inline-field">
            <input type="checkbox" name="storeIds" value={s.id} /> {s.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t("team.invite.hours")}</span>
        <input name="expiresInHours" type="number" min={1} max={336} defaultValue={72} />
      </label>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      <button type="submit" className="button primary" disabled={form.pending}>
        {t("team.invite.submit")}
      </button>
      {form.data ? (
        <p className="notice" role="status">
          {t("team.invite.created", { date: new Date(form.data.expiresAt).toLocaleString(locale) })}{" "}
          <code data-testid="invite-link">{`${window.location.origin}${form.data.path}`}</code>
        </p>
      ) : null}
    </form>
  );
}
