"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { ExplainedCandidate } from "@/lib/dispatch/map/explanation";
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
  const { t } = useI18n();
  const a = props.assignment;
  const e = a?.explanation ?? null;
  if (!a || !e || (!e.chosen && !e.note)) {
    return <p className="small muted">{t("dispatch.map.noExplanation")}</p>;
  }
  return (
    <div data-testid="explanation">
      <p className="small muted">
        {t("dispatch.map.by")}: {a.byActorType}
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
      {e.note ? <p className="small">{e.note}</p> : null}
    </div>
  );
}
