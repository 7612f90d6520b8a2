import type { Translate } from "@/lib/platform/i18n/messages";

function span(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}` : `${m}m`;
}

/** The SLA countdown of a ticket: time left, time over (highlighted), or paused. */
export function SlaBadge(props: {
  dueAt: Date | null;
  breached: boolean;
  paused: boolean;
  now: Date;
  t: Translate;
}) {
  const { dueAt, breached, paused, now, t } = props;
  if (paused) return <span className="badge info">{t("support.sla.paused")}</span>;
  if (!dueAt) return <span className="muted">—</span>;
  const left = dueAt.getTime() - now.getTime();
  return breached ? (
    <span className="badge danger" data-testid="sla-breached">
      {t("support.sla.over", { time: span(left) })}
    </span>
  ) : (
    <span className={`badge ${left < 5 * 60_000 ? "warn" : ""}`} data-testid="sla-left">
      {t("support.sla.left", { time: span(left) })}
    </span>
  );
}
