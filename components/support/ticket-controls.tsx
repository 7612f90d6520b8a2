"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { mergeTicketsAction, updateTicketAction } from "@/lib/support/server/actions";
import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { actionErrorText } from "@/lib/support/error-text";

const STATUSES: TicketStatus[] = ["OPEN", "PENDING_CUSTOMER", "RESOLVED", "CLOSED"];
const PRIORITIES: TicketPriority[] = ["LOW", "NORMAL", "HIGH", "URGENT"];

/** Status, priority, assignee, labels and merge of the open ticket. */
export function TicketControls(props: {
  ticket: {
    id: string;
    version: number;
    status: TicketStatus;
    priority: TicketPriority;
    assigneeId: string | null;
    labels: string[];
  };
  agents: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const tk = props.ticket;
  const [status, setStatus] = useState(tk.status);
  const [priority, setPriority] = useState(tk.priority);
  const [assigneeId, setAssignee] = useState(tk.assigneeId ?? "");
  const [labels, setLabels] = useState(tk.labels.join(", "));
  const [into, setInto] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (
    fn: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>,
  ) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) setError(actionErrorText(t, r));
      else router.refresh();
    });
  return (
    <div className="panel" data-testid="ticket-controls">
      <h3>{t("support.controls")}</h3>
      <div className="inline-form">
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as TicketStatus)}
          data-testid="ticket-status"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ticketStatus.${s}`)}
            </option>
          ))}
        </select>
        <select
          value={priority}
          onChange={(e) => setPriority(e.target.value as TicketPriority)}
          data-testid="ticket-priority"
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
        <select
          value={assigneeId}
          onChange={(e) => setAssignee(e.target.value)}
          data-testid="ticket-assignee"
          aria-label={t("support.controls.assignee")}
        >
          <option value="">{t("support.unassigned")}</option>
          {props.agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <input
          value={labels}
          onChange={(e) => setLabels(e.target.value)}
          placeholder={t("support.controls.labels")}
          aria-label={t("support.controls.labels")}
        />
        <button
          type="button"
          className="button"
          disabled={pending}
          data-testid="ticket-save"
          onClick={() =>
            run(() =>
              updateTicketAction({
                ticketId: tk.id,
                version: tk.version,
                ...(status !== tk.status ? { status } : {}),
                ...(priority !== tk.priority ? { priority } : {}),
                ...(assigneeId !== (tk.assigneeId ?? "") ? { assigneeId: assigneeId || null } : {}),
                labels: labels
                  .split(/[,，]/)
                  .map((l) => l.trim())
                  .filter(Boolean),
              }),
            )
          }
        >
          {t("support.controls.save")}
        </button>
      </div>
      <div className="inline-form">
        <input
          value={into}
          onChange={(e) => setInto(e.target.value)}
          placeholder={t("support.merge.into")}
          aria-label={t("support.merge.into")}
        />
        <button
          type="button"
          className="button"
          disabled={pending || !into.trim()}
          onClick={() => run(() => mergeTicketsAction({ ticketId: tk.id, intoCode: into }))}
        >
          {t("support.merge.submit")}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="controls-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
