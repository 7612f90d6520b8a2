"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { deleteCustomRoleAction, saveCustomRoleAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/platform/permissions";
import { allOf, FormErrors, textOf, useActionForm } from "./use-action-form";

type Existing = { id: string; name: string; baseRole: Role; permissions: Permission[] };

/** Creates or edits a custom role from the permission list (only permissions the editor holds). */
export function RoleEditor(props: {
  role?: Existing;
  roles: readonly Role[];
  grantable: Permission[];
}) {
  const { t } = useI18n();
  const form = useActionForm(saveCustomRoleAction, (f) => ({
    ...(props.role ? { id: props.role.id } : {}),
    name: textOf(f, "name"),
    baseRole: textOf(f, "baseRole"),
    permissions: allOf(f, "permissions"),
  }));
  const remove = useActionForm(deleteCustomRoleAction, () => ({ id: props.role?.id ?? "" }));
  return (
    <details className="panel" open={!props.role}>
      <summary>{props.role ? props.role.name : t("team.roles.new")}</summary>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <label className="field">
          <span>{t("team.roles.name")}</span>
          <input name="name" defaultValue={props.role?.name ?? ""} maxLength={60} />
        </label>
        <label className="field">
          <span>{t("team.roles.base")}</span>
          <select name="baseRole" defaultValue={props.role?.baseRole ?? "STORE_STAFF"}>
            {props.roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t("team.roles.permission")}</legend>
          {props.grantable.map((p) => (
            <label key={p} className="inline-field">
              <input
                type="checkbox"
                name="permissions"
                value={p}
                defaultChecked={props.role?.permissions.includes(p)}
              />{" "}
              <code>{p}</code>
            </label>
          ))}
        </fieldset>
        <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
        {form.data ? (
          <p role="status" className="notice">
            {t("team.saved")}
          </p>
        ) : null}
        <button type="submit" className="button primary" disabled={form.pending}>
          {t("team.save")}
        </button>
      </form>
      {props.role ? (
        <form onSubmit={remove.onSubmit}>
          <button type="submit" className="button danger" disabled={remove.pending}>
            {t("team.delete")}
          </button>
          <FormErrors error={remove.error} fieldErrors={remove.fieldErrors} />
        </form>
      ) : null}
    </details>
  );
}
