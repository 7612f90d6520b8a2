import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { AuditRow } from "@/lib/team/server/queries";

/** The newest audit entries: who did what, when. */
export function AuditTable(props: { rows: AuditRow[]; locale: Locale; t: Translate }) {
  const { rows, t, locale } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t("common.time")}</th>
            <th>{t("team.auditActor")}</th>
            <th>{t("team.auditAction")}</th>
            <th>{t("common.name")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{formatDateTime(a.createdAt, locale)}</td>
              <td>{a.actorEmail ?? "—"}</td>
              <td>
                <code>{a.action}</code>
              </td>
              <td className="small muted">
                {a.entityType} {a.after ? a.after.slice(0, 80) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
