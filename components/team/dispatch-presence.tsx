import { EmptyState } from "@/components/ui/empty-state";
import { formatTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { CourierPresence } from "@/lib/team/domain/presence";
import type { DispatchPresence } from "@/lib/team/server/presence";

const TONE: Record<CourierPresence, string> = {
  ON_SHIFT: "ok",
  UNSCHEDULED: "info",
  LATE: "warn",
  DUE: "",
  OFF: "",
};
const SHOWN: CourierPresence[] = ["ON_SHIFT", "UNSCHEDULED", "LATE", "DUE"];

/** Dispatch's view of presence: dispatchers clocked in, couriers scheduled vs on shift. */
export function DispatchPresencePanel(props: {
  presence: DispatchPresence;
  locale: Locale;
  t: Translate;
}) {
  const { presence, locale, t } = props;
  const time = (d: Date | null) => (d ? formatTime(d, locale) : "—");
  return (
    <section className="panel" data-testid="dispatch-presence">
      <h2>{t("team.presence.title")}</h2>
      <h3>{t("team.presence.dispatchers")}</h3>
      {presence.dispatchers.length === 0 ? (
        <p className="muted">{t("team.presence.noDispatcher")}</p>
      ) : (
        <ul data-testid="on-duty-dispatchers">
          {presence.dispatchers.map((d) => (
            <li key={d.userId}>
              {d.name} · {time(d.clockInAt)}–{time(d.endsAt)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("team.presence.couriers")}</h3>
      <p className="status-pills">
        {SHOWN.map((p) => (
          <span key={p} className={`badge ${TONE[p]}`} data-testid={`presence-count-${p}`}>
            {t(`team.presence.${p}`)}: {presence.counts[p]}
          </span>
        ))}
      </p>
      {presence.couriers.length === 0 ? (
        <EmptyState message={t("common.noData")} />
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="courier-presence">
            <thead>
              <tr>
                <th>{t("dispatch.code")}</th>
                <th>{t("dispatch.courier")}</th>
                <th>{t("team.presence.scheduled")}</th>
                <th>{t("team.presence.since")}</th>
                <th>{t("team.presence.state")}</th>
              </tr>
            </thead>
            <tbody>
              {presence.couriers.map((c) => (
                <tr key={c.id} data-presence={c.presence}>
                  <td>
                    <code>{c.code}</code>
                  </td>
                  <td>{c.name}</td>
                  <td>
                    {c.scheduledFrom ? `${time(c.scheduledFrom)}–${time(c.scheduledTo)}` : "—"}
                  </td>
                  <td>{time(c.onShiftSince)}</td>
                  <td>
                    <span className={`badge ${TONE[c.presence]}`}>
                      {t(`team.presence.${c.presence}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
