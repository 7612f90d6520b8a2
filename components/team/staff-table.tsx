import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { StaffRow } from "@/lib/team/server/queries";
import { UserStatusButton } from "./user-status-button";

/** Staff list with role, stores, status and (for managers) disable / enable. */
export function StaffTable(props: {
  rows: StaffRow[];
  currentUserId: string;
  canManage: boolean;
  locale: Locale;
  t: Translate;
}) {
  const { rows, t, locale } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="staff-table">
        <thead>
          <tr>
            <th>{t("common.name")}</th>
            <th>{t("team.email")}</th>
            <th>{t("team.role")}</th>
            <th>{t("team.stores")}</th>
            <th>{t("common.status")}</th>
            <th>{t("team.lastSignIn")}</th>
            {props.canManage ? <th>{t("common.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-email={u.email}>
              <td>
                {props.canManage && u.id !== props.currentUserId ? (
                  <Link href={`/team/staff/${u.id}`}>{u.name}</Link>
                ) : (
                  u.name
                )}
              </td>
              <td>{u.email}</td>
              <td>{t(`role.${u.role}`)}</td>
              <td>{u.storeCodes.length ? u.storeCodes.join(", ") : t("shell.allStores")}</td>
              <td>
                <span className={u.disabled ? "badge danger" : "badge ok"}>
                  {u.disabled ? t("team.disabled") : t("team.active")}
                </span>
              </td>
              <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : "—"}</td>
              {props.canManage ? (
                <td>
                  {u.id !== props.currentUserId ? (
                    <UserStatusButton userId={u.id} name={u.name} disabled={u.disabled} />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
