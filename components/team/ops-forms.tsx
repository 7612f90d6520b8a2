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
import {
  ActionButton,
  Field,
  FormFooter,
  RoleSelect,
  SelectField,
  StoreScopeSelect,
  type Option,
} from "./form-fields";
import { textOf, useActionForm } from "./use-action-form";

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
  const group = (label: string, kind: string, people: Option[]) => (
    <optgroup label={label}>
      {people.map((p) => (
        <option key={p.id} value={`${kind}:${p.id}`}>
          {p.label}
        </option>
      ))}
    </optgroup>
  );
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="shift-form">
      <h2>{t("team.shifts.schedule")}</h2>
      <Field label={t("team.shifts.person")}>
        <select name="person">
          {group(t("team.shifts.staff"), "STAFF", props.staff)}
          {group(t("team.shifts.courier"), "COURIER", props.couriers)}
        </select>
      </Field>
      <SelectField label={t("team.shifts.store")} name="storeId" options={props.stores} empty="—" />
      <Field label={t("team.shifts.start")}>
        <input type="datetime-local" name="startsAt" />
      </Field>
      <Field label={t("team.shifts.end")}>
        <input type="datetime-local" name="endsAt" />
      </Field>
      <FormFooter form={form} />
    </form>
  );
}

/** Removes a shift that has not started. */
export function DeleteShiftButton(props: { kind: "STAFF" | "COURIER"; id: string }) {
  const { t } = useI18n();
  return (
    <ActionButton
      action={deleteShiftAction}
      input={{ kind: props.kind, id: props.id }}
      label={t("team.delete")}
    />
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
      <SelectField
        label={t("team.perf.metric")}
        name="metric"
        options={METRICS.map((m) => ({ id: m, label: t(`team.perf.metric.${m}`) }))}
      />
      <StoreScopeSelect
        label={t("team.shifts.store")}
        stores={props.stores}
        platformWide={props.platformWide}
      />
      <Field label={t("team.perf.target")}>
        <input name="target" inputMode="decimal" />
      </Field>
      <Field label={t("team.perf.pointsPerUnit")}>
        <input name="pointsPerUnit" inputMode="numeric" />
      </Field>
      <Field label={t("team.perf.bonus")}>
        <input name="bonusPoints" inputMode="numeric" />
      </Field>
      <FormFooter form={form} />
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
      <RoleSelect roles={props.roles} />
      <Field label={t("team.training.titleZh")}>
        <input name="titleZh" maxLength={120} />
      </Field>
      <Field label={t("team.training.titleEn")}>
        <input name="titleEn" maxLength={120} />
      </Field>
      <FormFooter form={form} />
    </form>
  );
}

/** Retires a training item. */
export function RetireTrainingButton(props: { itemId: string }) {
  const { t } = useI18n();
  return (
    <ActionButton
      action={retireTrainingItemAction}
      input={{ itemId: props.itemId }}
      label={t("team.training.retire")}
    />
  );
}
