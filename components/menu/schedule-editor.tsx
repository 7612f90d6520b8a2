"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { Schedule } from "@/lib/menu/domain/availability";

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** Serving-hour windows (days of week, from–to); none means all day every day. */
export function ScheduleEditor(props: {
  value: Schedule;
  onChange: (s: Schedule) => void;
  err: (path: string) => React.ReactNode;
}) {
  const { t, locale } = useI18n();
  const dayName = (d: number) =>
    new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(2026, 10, 1 + d)), // 2026-11-01 is a Sunday
    );
  const set = (i: number, patch: Partial<Schedule[number]>) =>
    props.onChange(props.value.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <fieldset data-testid="schedule">
      <legend>{t("menu.ed.schedule")}</legend>
      {props.value.map((w, i) => (
        <div key={i} className="inline-field">
          {DAYS.map((d) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={w.days.includes(d)}
                onChange={(e) =>
                  set(i, {
                    days: e.target.checked ? [...w.days, d] : w.days.filter((x) => x !== d),
                  })
                }
              />
              {dayName(d)}
            </label>
          ))}
          <input
            type="time"
            aria-label={t("menu.ed.from")}
            value={w.from}
            onChange={(e) => set(i, { from: e.target.value })}
          />
          –
          <input
            type="time"
            aria-label={t("menu.ed.to")}
            value={w.to}
            onChange={(e) => set(i, { to: e.target.value })}
          />
          <button
            type="button"
            className="button"
            onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}
          >
            {t("menu.ed.remove")}
          </button>
          {props.err(`availability.${i}`)}
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          props.onChange([...props.value, { days: [1, 2, 3, 4, 5], from: "06:00", to: "10:30" }])
        }
      >
        {t("menu.ed.addWindow")}
      </button>
    </fieldset>
  );
}
