"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { createResetLinkAction, updateStaffAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Option, StaffDetail } from "@/lib/team/server/options";
import {
  ActionButton,
  CheckboxGroup,
  Field,
  FormFooter,
  RoleSelect,
  SelectField,
} from "./form-fields";
import { allOf, textOf, useActionForm } from "./use-action-form";

/** Name, role (built-in or custom), stores and brand/zone scope of one staff member. */
export function StaffEditForm(props: {
  staff: StaffDetail;
  roles: Role[];
  customRoles: Option[];
  stores: Option[];
  zones: Option[];
  platformWide: boolean;
}) {
  const { t } = useI18n();
  const s = props.staff;
  const roles = props.roles.includes(s.role) ? props.roles : [s.role, ...props.roles];
  const form = useActionForm(updateStaffAction, (f) => ({
    userId: s.id,
    name: textOf(f, "name"),
    role: textOf(f, "role"),
    customRoleId: textOf(f, "customRoleId") || null,
    storeIds: allOf(f, "storeIds"),
    brands: textOf(f, "brands")
      .split(/[,，]/)
      .map((b) => b.trim())
      .filter(Boolean),
    zoneIds: allOf(f, "zoneIds"),
  }));
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="staff-edit-form">
      <Field label={t("common.name")}>
        <input name="name" defaultValue={s.name} required maxLength={80} />
      </Field>
      <RoleSelect roles={roles} defaultValue={s.role} />
      <SelectField
        label={t("team.invite.customRole")}
        name="customRoleId"
        options={props.customRoles}
        empty="—"
        defaultValue={s.customRoleId ?? ""}
      />
      <CheckboxGroup
        legend={t("team.stores.pick")}
        name="storeIds"
        options={props.stores}
        checked={s.storeIds}
      />
      {props.platformWide ? (
        <>
          <Field label={t("team.scope.brands")}>
            <input name="brands" defaultValue={s.brands.join(", ")} maxLength={400} />
          </Field>
          <CheckboxGroup
            legend={t("team.scope.zones")}
            name="zoneIds"
            options={props.zones}
            checked={s.zoneIds}
          />
        </>
      ) : null}
      <FormFooter form={form} saved={form.data !== null} />
    </form>
  );
}

/** Makes a one-time password reset link and shows it. */
export function ResetLinkButton(props: { userId: string }) {
  const { t } = useI18n();
  return (
    <ActionButton
      action={createResetLinkAction}
      input={{ userId: props.userId }}
      label={t("team.reset.link")}
      className="button"
      formClassName="form"
    >
      {(data) => <code data-testid="reset-link">{`${window.location.origin}${data.path}`}</code>}
    </ActionButton>
  );
}
