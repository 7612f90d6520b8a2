"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import {
  addTrainingItemAction,
  deleteShiftAction,
  retireTrainingItemAction,
  scheduleShiftAction,
  setTargetAction,
} from "@/lib/team/server/ops-actions";
import { METRICS } from "@/lib/team/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { FormErrors, textOf, useActionForm } from "./use-action-form";

type Option = { id: string; label: string };
// datetime-local gives local wall time; the browser turns it into an instant.
const instant = (value: string) => (value ? new Date(value).toISOString() : "");

/** Schedules a staff or courier shift. */
export function ShiftForm(props: { staff: Option[]; couriers: Option[]; stores: Option[] }) {
  const { t } = useI18n();
  const form = useActionForm(scheduleShiftAction, (f) => {
    const person = textOf(f, "person");
    const [kind, personId] = person.split(":");
    return {
      kind,
      personId,
      storeId: textOf(f, "storeId") || null,
      startsAt: instant(textOf(f, "startsAt")),
      endsAt: instant(textOf(f, "endsAt")),
    };
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="shift-form">
      <h2>{t("team.shifts.schedule")}</h2>
      <label className="field">
        <span>{t("team.shifts.person")}</span>
        <select name="person">
          <optgroup label={t("team.shifts.staff")}>
            {props.staff.map((s) => (
              <option key={s.id} value={`STAFF:${s.id}`}>
                {s.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("team.shifts.courier")}>
            {props.couriers.map((c) => (
              <option key={c.id} value={`COURIER:${c.id}`}>
                {c.label}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="field">
        <span>{t("team.shifts.store")}</span>
        <select name="storeId">
          <option value="">—</option>
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.shifts.start")}</span>
        <input type="datetime-local" name="startsAt" />
      </label>
      <label className="field">
        <span>{t("team.shifts.end")}</span>
        <input type="datetime-local" name="endsAt" />
      </label>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      <button type="submit" className="button primary" disabled={form.pending}>
        {t("team.save")}
      </button>
    </form>
  );
}

/** Removes a shift that has not started. */
export function DeleteShiftButton(props: { kind: "STAFF" | "COURIER"; id: string }) {
  const { t } = useI18n();
  const form = useActionForm(deleteShiftAction, () => ({ kind: props.kind, id: props.id }));
  return (
    <form onSubmit={form.onSubmit} className="inline-field">
      <button type="submit" className="button ghost" disabled={form.pending}>
        {t("team.delete")}
      </button>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
    </form>
  );
}

/** Sets a metric's target and its points. */
export function TargetForm(props: { stores: Option[]; platformWide: boolean }) {
  const { t } = useI18n();
  const form = useActionForm(setTargetAction, (f) => ({
    metric: textOf(f, "metric"),
    storeId: textOf(f, "storeId") || null,
    target: textOf(f, "target"),
    pointsPerUnit: textOf(f, "pointsPerUnit") || "0",
    bonusPoints: textOf(f, "bonusPoints") || "0",
  }));
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="target-form">
      <label className="field">
        <span>{t("team.perf.metric")}</span>
        <select name="metric">
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`team.perf.metric.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.shifts.store")}</span>
        <select name="storeId">
          {props.platformWide ? <option value="">{t("team.approvals.default")}</option> : null}
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.perf.target")}</span>
        <input name="target" inputMode="decimal" />
      </label>
      <label className="field">
        <span>{t("team.perf.pointsPerUnit")}</span>
        <input name="pointsPerUnit" inputMode="numeric" />
      </label>
      <label className="field">
        <span>{t("team.perf.bonus")}</span>
        <input name="bonusPoints" inputMode="numeric" />
      </label>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      <button type="submit" className="button primary" disabled={form.pending}>
        {t("team.save")}
      </button>
    </form>
  );
}

/** Adds an item to a role's checklist. */
export function TrainingItemForm(props: { roles: Role[] }) {
  const { t } = useI18n();
  const form = useActionForm(
    addTrainingItemAction,
    (f) => ({
      role: textOf(f, "role"),
      titleZh: textOf(f, "titleZh"),
      titleEn: textOf(f, "titleEn"),
    }),
    (_data, el) => el.reset(),
  );
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="training-form">
      <h2>{t("team.training.add")}</h2>
      <label className="field">
        <span>{t("team.invite.role")}</span>
        <select name="role">
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("team.training.titleZh")}</span>
        <input name="titleZh" maxLength={120} />
      </label>
      <label className="field">
        <span>{t("team.training.titleEn")}</span>
        <input name="titleEn" maxLength={120} />
      </label>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
      <button type="submit" className="button primary" disabled={form.pending}>
        {t("team.save")}
      </button>
    </form>
  );
}

/** Retires a training item. */
export function RetireTrainingButton(props: { itemId: string }) {
  const { t } = useI18n();
  const form = useActionForm(retireTrainingItemAction, () => ({ itemId: props.itemId }));
  return (
    <form onSubmit={form.onSubmit} className="inline-field">
      <button type="submit" className="button ghost" disabled={form.pending}>
        {t("team.training.retire")}
      </button>
      <FormErrors error={form.error} fieldErrors={form.fieldErrors} />
    </form>
  );
}
