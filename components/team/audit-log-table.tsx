import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { AuditEntry } from "@/lib/team/server/audit";

function Json(props: { value: string | null }) {
  if (!props.value) return <span className="muted">—</span>;
  return (
    <code className="small">
      {props.value.length > 300 ? `${props.value.slice(0, 300)}…` : props.value}
    </code>
  );
}

/** The audit log: who, when, what, before and after, from where. Read-only. */
export function AuditLogTable(props: { rows: AuditEntry[]; locale: Locale; t: Translate }) {
  const { rows, t, locale } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="audit-log">
        <thead>
          <tr>
            <th>{t("team.audit.when")}</th>
            <th>{t("team.auditActor")}</th>
            <th>{t("team.audit.what")}</th>
            <th>{t("team.audit.entity")}</th>
            <th>{t("team.audit.before")}</th>
            <th>{t("team.audit.after")}</th>
            <th>{t("team.audit.where")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-action={a.action}>
              <td>{formatDateTime(a.createdAt, locale)}</td>
              <td>{a.actorEmail ?? "—"}</td>
              <td>
                <code>{a.action}</code>
              </td>
              <td className="small">
                {a.entityType} <span className="muted">{a.entityId ?? ""}</span>
              </td>
              <td>
                <Json value={a.before} />
              </td>
              <td>
                <Json value={a.after} />
              </td>
              <td className="small muted" title={a.userAgent ?? ""}>
                {a.ip ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
