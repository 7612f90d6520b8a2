"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { ExplainedCandidate } from "@/lib/dispatch/map/explanation";
import { explanationText } from "@/lib/dispatch/map/explanation-text";
import type { OrderAssignmentView } from "@/lib/dispatch/map/types";

function Candidate(props: { c: ExplainedCandidate; label: string; chosen?: boolean }) {
  const { t } = useI18n();
  const { c } = props;
  return (
    <tr className={props.chosen ? "chosen" : undefined}>
      <td>{props.label}</td>
      <td>
        <code>{c.courierCode || c.courierId}</code>
      </td>
      <td className="num">{c.cost}</td>
      <td>
        {c.extraMinutes != null ? t("dispatch.map.extraMinutes", { n: c.extraMinutes }) : ""}
        {c.lateMinutes ? ` · ${t("dispatch.map.lateMinutes", { n: c.lateMinutes })}` : ""}
      </td>
    </tr>
  );
}

/** Why-this-courier: the chosen courier's cost against the alternatives the planner weighed. */
export function ExplanationView(props: { assignment: OrderAssignmentView | null }) {
  const { t, locale } = useI18n();
  const a = props.assignment;
  const e = a?.explanation ?? null;
  const text = a && e ? explanationText(e, a, t, locale) : null;
  if (!a || !e || (!e.chosen && !text)) {
    return <p className="small muted">{t("dispatch.map.noExplanation")}</p>;
  }
  return (
    <div data-testid="explanation">
      <p className="small muted">
        {t("dispatch.map.by")}: {t(`actorType.${a.byActorType}` as Parameters<typeof t>[0])}
        {e.byEmail ? ` (${e.byEmail})` : ""}
        {e.considered != null ? ` · ${t("dispatch.map.considered", { n: e.considered })}` : ""}
      </p>
      {e.chosen ? (
        <table className="data compact">
          <thead>
            <tr>
              <th />
              <th>{t("dispatch.map.courier")}</th>
              <th className="num">{t("dispatch.map.cost")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <Candidate c={e.chosen} label={t("dispatch.map.chosen")} chosen />
            {e.alternatives.map((alt) => (
              <Candidate key={alt.courierId} c={alt} label={t("dispatch.map.alternative")} />
            ))}
          </tbody>
        </table>
      ) : null}
      {text ? (
        <p className="small" data-testid="explanation-summary">
          {text}
        </p>
      ) : null}
    </div>
  );
}
