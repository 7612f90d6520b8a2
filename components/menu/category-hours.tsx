"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { Schedule } from "@/lib/menu/domain/availability";
import type { CategoryRow } from "@/lib/menu/server/editor-queries";
import { categoryInputSchema } from "@/lib/menu/schemas";
import { saveCategoryAction } from "@/lib/menu/server/editor-actions";
import { zodIssuesToFields } from "@/lib/menu/form-errors";
import { errorText } from "./error-text";
import { ScheduleEditor } from "./schedule-editor";

/**
 * Serving hours of one category ("breakfast only, weekdays"): outside them its dishes (and its
 * sub-categories' dishes) are greyed on order entry and refused at intake.
 */
export function CategoryHours(props: { storeId: string; row: CategoryRow }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const { row } = props;
  const [schedule, setSchedule] = useState<Schedule>(row.availability ?? []);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const err = (path: string) => {
    const list = Object.entries(errors)
      .filter(([k]) => k === path || k.startsWith(`${path}.`))
      .flatMap(([, m]) => m);
    return list.length ? (
      <span className="form-error" role="alert" data-field={path}>
        {list.map((m) => errorText(t, m)).join(" ")}
      </span>
    ) : null;
  };
  const save = () => {
    setSaved(false);
    const parsed = categoryInputSchema.safeParse({
      storeId: props.storeId,
      id: row.id,
      parentId: row.parentId,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      active: row.active,
      availability: schedule.length ? schedule : null,
    });
    if (!parsed.success) return setErrors(zodIssuesToFields(parsed.error.issues));
    start(async () => {
      const r = await saveCategoryAction(parsed.data);
      if (!r.ok) return setErrors(r.fieldErrors ?? { _: [r.message] });
      setErrors({});
      setSaved(true);
      router.refresh();
    });
  };
  const name = locale === "en" ? row.nameEn : row.nameZh;
  return (
    <details data-testid="category-hours">
      <summary>
        {t("menu.cat.hours")}
        {row.availability?.length ? (
          <span className="badge warn" data-testid="category-scheduled">
            {" "}
            {t("menu.cat.scheduled")}
          </span>
        ) : null}
      </summary>
      <div role="group" aria-label={t("menu.cat.hoursOf", { name })}>
        <fieldset disabled={pending}>
          <ScheduleEditor value={schedule} onChange={setSchedule} err={err} />
          <button type="button" className="button primary" onClick={save}>
            {t("menu.cat.saveHours")}
          </button>{" "}
          {saved ? <span role="status">{t("menu.cat.hoursSaved")}</span> : null}
          {err("_")}
        </fieldset>
      </div>
    </details>
  );
}
