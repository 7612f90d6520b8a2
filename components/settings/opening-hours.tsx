import type { MessageKey, Translate } from "@/lib/platform/i18n/messages";
import type { HoursGroup } from "@/lib/settings/store-settings";

const WEEKDAYS = [
  "weekday.0",
  "weekday.1",
  "weekday.2",
  "weekday.3",
  "weekday.4",
  "weekday.5",
  "weekday.6",
] as const satisfies readonly MessageKey[];

const weekday = (day: number): MessageKey => WEEKDAYS[day] ?? "weekday.0";
const LIST_STYLE = { margin: 0, padding: 0, listStyle: "none" } as const;

/** A store's week, e.g. "周一至周五 10:00–22:00"; runs of equal days are merged. */
export function OpeningHours(props: { groups: HoursGroup[]; t: Translate }) {
  const { groups, t } = props;
  return (
    <ul className="small" style={LIST_STYLE}>
      {groups.map((g) => {
        const first = g.days[0] ?? 0;
        const last = g.days.at(-1) ?? first;
        const days =
          first === last
            ? t(weekday(first))
            : t("settings.dayRange", { from: t(weekday(first)), to: t(weekday(last)) });
        const times =
          g.intervals.length === 0
            ? t("settings.closed")
            : g.intervals
                .map((i) =>
                  i.closesNextDay
                    ? `${i.opens}–${t("settings.nextDay", { time: i.closes })}`
                    : `${i.opens}–${i.closes}`,
                )
                .join(", ");
        return (
          <li key={first}>
            {days} {times}
          </li>
        );
      })}
    </ul>
  );
}
