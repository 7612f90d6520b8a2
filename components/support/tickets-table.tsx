import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { TicketRow } from "@/lib/support/server/queries";

const STATUS_TONE: Record<string, string> = {
  OPEN: "warn",
  PENDING_CUSTOMER: "info",
  RESOLVED: "ok",
};

// Keeps "11/25 18:40" on one line in a crowded row.
const NOWRAP = { whiteSpace: "nowrap" } as const;

const PRIORITY_TONE: Record<string, string> = {
  HIGH: "warn",
  URGENT: "danger",
};

/** The ticket queue, open tickets first. */
export function TicketsTable(props: { rows: TicketRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="tickets-table">
        <thead>
          <tr>
            <th>{t("support.code")}</th>
            <th>{t("support.subject")}</th>
            <th>{t("common.status")}</th>
            <th>{t("support.priority")}</th>
            <th>{t("common.store")}</th>
            <th>{t("orders.code")}</th>
            <th>{t("support.assignee")}</th>
            <th>{t("support.dueAt")}</th>
            <th>{t("support.createdAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k.id} data-status={k.status}>
              <td>
                <code>{k.code}</code>
              </td>
              <td>{k.subject}</td>
              <td>
                <span className={`badge ${STATUS_TONE[k.status] ?? ""}`}>
                  {t(`ticketStatus.${k.status}`)}
                </span>
              </td>
              <td>
                <span className={`badge ${PRIORITY_TONE[k.priority] ?? ""}`}>
                  {t(`priority.${k.priority}`)}
                </span>
              </td>
              <td>
                {k.storeCode
                  ? `${k.storeCode} · ${locale === "en" ? k.storeNameEn : k.storeNameZh}`
                  : "—"}
              </td>
              <td>{k.orderCode ? <code>{k.orderCode}</code> : "—"}</td>
              <td>{k.assigneeName ?? <span className="muted">{t("support.unassigned")}</span>}</td>
              <td style={NOWRAP}>
                {k.firstResponseDueAt === null ? (
                  "—"
                ) : k.responseOverdue ? (
                  <span className="badge danger" data-testid="response-overdue">
                    {formatDateTime(k.firstResponseDueAt, locale)} · {t("support.overdue")}
                  </span>
                ) : (
                  formatDateTime(k.firstResponseDueAt, locale)
                )}
              </td>
              <td style={NOWRAP}>{formatDateTime(k.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
