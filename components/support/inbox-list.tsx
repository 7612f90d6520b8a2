import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { Translate } from "@/lib/platform/i18n/messages";
import type { InboxRow } from "@/lib/support/server/inbox-queries";
import { SlaBadge } from "./sla-badge";

/** The inbox rows; a row opens the ticket in the side panel (kept in the URL). */
export function InboxList(props: {
  rows: InboxRow[];
  query: string;
  selected?: string;
  now: Date;
  t: Translate;
}) {
  const { rows, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="inbox-table">
        <thead>
          <tr>
            <th>{t("support.code")}</th>
            <th>{t("support.subject")}</th>
            <th>{t("common.status")}</th>
            <th>{t("support.priority")}</th>
            <th>{t("support.sla.due")}</th>
            <th>{t("support.assignee")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-status={r.status}
              data-code={r.code}
              className={
                r.breached ? "row-danger" : r.code === props.selected ? "row-selected" : ""
              }
            >
              <td>
                <Link
                  href={`/support?${props.query}${props.query ? "&" : ""}ticket=${r.code}`}
                  data-testid="inbox-open"
                >
                  <code>{r.code}</code>
                </Link>
              </td>
              <td>
                {r.subject}
                <div className="small muted">
                  {t(`support.source.${r.source}`)}
                  {r.orderCode ? ` · ${r.orderCode}` : ""}
                  {r.storeCode ? ` · ${r.storeCode}` : ""}
                  {r.labels.map((l) => (
                    <span key={l} className="badge">
                      {l}
                    </span>
                  ))}
                </div>
              </td>
              <td>{t(`ticketStatus.${r.status}`)}</td>
              <td>{t(`priority.${r.priority}`)}</td>
              <td>
                <SlaBadge
                  dueAt={r.dueAt}
                  breached={r.breached}
                  paused={r.paused}
                  now={props.now}
                  t={t}
                />
              </td>
              <td>{r.assigneeName ?? <span className="muted">{t("support.unassigned")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
