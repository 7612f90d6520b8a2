"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { createInviteAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  CheckboxGroup,
  Field,
  FormFooter,
  RoleSelect,
  SelectField,
  type Option,
} from "./form-fields";
import { allOf, textOf, useActionForm } from "./use-action-form";

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
      <Field label={t("team.invite.email")}>
        <input name="email" type="email" required maxLength={200} />
      </Field>
      <RoleSelect roles={props.roles} defaultValue={props.roles[props.roles.length - 1]} />
      {props.customRoles.length ? (
        <SelectField
          label={t("team.invite.customRole")}
          name="customRoleId"
          options={props.customRoles}
          empty="—"
          defaultValue=""
        />
      ) : null}
      <CheckboxGroup legend={t("team.stores.pick")} name="storeIds" options={props.stores} />
      <Field label={t("team.invite.hours")}>
        <input name="expiresInHours" type="number" min={1} max={336} defaultValue={72} />
      </Field>
      <FormFooter form={form} label={t("team.invite.submit")} />
      {form.data ? (
        <p className="notice" role="status">
          {t("team.invite.created", { date: new Date(form.data.expiresAt).toLocaleString(locale) })}{" "}
          <code data-testid="invite-link">{`${window.location.origin}${form.data.path}`}</code>
        </p>
      ) : null}
    </form>
  );
}
