"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { createResetLinkAction, updateStaffAction } from "@/lib/team/server/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Option, StaffDetail } from "@/lib/team/server/options";
import { allOf, FormErrors, textOf, useActionForm } from "./use-action-form";

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
      <label className="field">
        <span>{t("common.name")}</span>
        <input name="name" defaultValue={s.name} required maxLength={80} />
      </label>
      <label className="field">
        <span>{t("team.invite.role")}</span>
        <select name="role" defaultValue={s.role}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.invite.customRole")}</span>
        <select name="customRoleId" defaultValue={s.customRoleId ?? ""}>
          <option value="">—</option>
          {props.customRoles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field">
        <legend>{t("team.stores.pick")}</legend>
        {props.stores.map((o) => (
          <label key={o.id} className="inline-field">
            <input
              type="checkbox"
              name="storeIds"
              value={o.id}
              defaultChecked={s.storeIds.includes(o.id)}
            />{" "}
            {o.label}
          </label>
        ))}
      </fieldset>
      {props.platformWide ? (
        <>
          <label className="field">
            <span>{t("team.scope.brands")}</span>
            <input name="brands" defaultValue={s.brands.join(", ")} maxLength={400} />
          </label>
          <fieldset className="field">
            <legend>{t("team.scope.zones")}</legend>
            {props.zones.map((o) => (
              <label key={o.id} className="inline-field">
                <input
                  type="checkbox"
                  name="zoneIds"
                  value={o.id}
                  defaultChecked={s.zoneIds.includes(o.id)}
                />{" "}
                {o.label}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
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
  );
}

/** Makes a one-time password reset link and shows it. */
export function ResetLinkButton(props: { userId: string }) {
  const { t } = useI18n();
  const form = useActionForm(createResetLinkAction, () => ({ userId: props.userId }));
  return (
    <form onSubmit={form.onSubmit} className="form">
      <button type="submit" className="button" disabled={form.pending}>
        {t("team.reset.link")}
      </button>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      {form.data ? (
        <code data-testid="reset-link">{`${window.location.origin}${form.data.path}`}</code>
      ) : null}
    </form>
  );
}
