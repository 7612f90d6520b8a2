"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { setCapacityAction } from "@/lib/support/server/team-actions";
import type { AgentBoardRow } from "@/lib/support/server/agents";
import { supportErrorText } from "@/lib/support/error-text";

function CapacityForm(props: { userId: string; capacity: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const [value, setValue] = useState(String(props.capacity));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      setError(null);
      const r = await setCapacityAction({ userId: props.userId, capacity: Number(value) });
      if (!r.ok) {
        setError(supportErrorText(t, r.fieldErrors?.capacity?.[0] ?? r.message));
        return;
      }
      router.refresh();
    });
  return (
    <span className="inline-form">
      <input
        type="number"
        value={value}
        min={1}
        max={50}
        onChange={(e) => setValue(e.target.value)}
        aria-label={t("support.agents.capacity")}
        aria-invalid={error ? true : undefined}
        style={{ width: "4.5em" }}
      />
      <button type="button" className="link-button" onClick={save} disabled={pending}>
        {t("support.agents.save")}
      </button>
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Agents with their status, shift, load and capacity; supervisors may change capacity. */
export function AgentBoard(props: { agents: AgentBoardRow[]; canManage: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid="agent-board">
      <h3>{t("support.agents")}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("support.agents.name")}</th>
              <th>{t("support.agents.status")}</th>
              <th>{t("support.agents.duty")}</th>
              <th>{t("support.agents.load")}</th>
              {props.canManage ? <th>{t("support.agents.capacity")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.agents.map((a) => (
              <tr key={a.userId} data-testid="agent-row" data-agent={a.name}>
                <td>{a.name}</td>
                <td>{t(a.online ? "support.agents.online" : "support.agents.away")}</td>
                <td>
                  {t(
                    !a.onRota
                      ? "support.agents.noRota"
                      : a.onDuty
                        ? "support.agents.onDuty"
                        : "support.agents.offDuty",
                  )}
                </td>
                <td data-testid="agent-load">
                  {a.openTickets} / {a.capacity}
                </td>
                {props.canManage ? (
                  <td>
                    <CapacityForm key={a.capacity} userId={a.userId} capacity={a.capacity} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
