"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { deleteCustomRoleAction, saveCustomRoleAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/platform/permissions";
import { ActionButton, CheckboxGroup, Field, FormFooter, RoleSelect } from "./form-fields";
import { allOf, textOf, useActionForm } from "./use-action-form";

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
  return (
    <details className="panel" open={!props.role}>
      <summary>{props.role ? props.role.name : t("team.roles.new")}</summary>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <Field label={t("team.roles.name")}>
          <input name="name" defaultValue={props.role?.name ?? ""} maxLength={60} />
        </Field>
        <RoleSelect
          roles={props.roles}
          name="baseRole"
          label={t("team.roles.base")}
          defaultValue={props.role?.baseRole ?? "STORE_STAFF"}
        />
        <CheckboxGroup
          legend={t("team.roles.permission")}
          name="permissions"
          options={props.grantable.map((p) => ({ id: p, label: <code>{p}</code> }))}
          checked={props.role?.permissions}
        />
        <FormFooter form={form} saved={form.data !== null} />
      </form>
      {props.role ? (
        <ActionButton
          action={deleteCustomRoleAction}
          input={{ id: props.role.id }}
          label={t("team.delete")}
          className="button danger"
          formClassName=""
        />
      ) : null}
    </details>
  );
}
