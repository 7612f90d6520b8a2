"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { FieldErrors } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { DayHoursInput } from "@/lib/settings/schemas";
import { FieldError } from "./field-error";

const WEEKDAY: Record<number, MessageKey> = {
  0: "weekday.0",
  1: "weekday.1",
  2: "weekday.2",
  3: "weekday.3",
  4: "weekday.4",
  5: "weekday.5",
  6: "weekday.6",
};

/** One row per weekday: closed, or open–close with an explicit "closes after midnight". */
export function HoursEditor(props: {
  days: DayHoursInput[];
  errors: FieldErrors;
  onChange: (index: number, day: DayHoursInput) => void;
}) {
  const { t } = useI18n();
  const { days, errors, onChange } = props;
  return (
    <table className="data" data-testid="hours-editor">
      <thead>
        <tr>
          <th>{t("settings.hours")}</th>
          <th>{t("settings.closed")}</th>
          <th>{t("settings.opens")}</th>
          <th>{t("settings.closes")}</th>
          <th>{t("settings.closesNextDay")}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day, i) => {
          const set = (patch: Partial<DayHoursInput>) => onChange(i, { ...day, ...patch });
          const label = t(WEEKDAY[day.dayOfWeek] ?? "weekday.0");
          return (
            <tr key={day.dayOfWeek} data-day={day.dayOfWeek}>
              <td>{label}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${label} ${t("settings.closed")}`}
                  checked={day.closed}
                  onChange={(e) => set({ closed: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="time"
                  name={`hours.${i}.opens`}
                  aria-label={`${label} ${t("settings.opens")}`}
                  value={day.opens}
                  disabled={day.closed}
                  onChange={(e) => set({ opens: e.target.value })}
                />
                <FieldError errors={errors} path={`hours.${i}.opens`} />
              </td>
              <td>
                <input
                  type="time"
                  name={`hours.${i}.closes`}
                  aria-label={`${label} ${t("settings.closes")}`}
                  value={day.closes}
                  disabled={day.closed}
                  onChange={(e) => set({ closes: e.target.value })}
                />
                <FieldError errors={errors} path={`hours.${i}.closes`} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${label} ${t("settings.closesNextDay")}`}
                  checked={day.nextDay}
                  disabled={day.closed}
                  onChange={(e) => set({ nextDay: e.target.checked })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
