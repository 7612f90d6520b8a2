import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { ApiKeyRow } from "@/lib/settings/server/queries";

/** Channel API keys by store; only the public prefix is ever shown. */
export function ApiKeysTable(props: { rows: ApiKeyRow[]; locale: Locale; t: Translate }) {
  const { rows, locale, t } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="api-keys-table">
        <thead>
          <tr>
            <th>{t("common.store")}</th>
            <th>{t("common.name")}</th>
            <th>{t("settings.keyPrefix")}</th>
            <th>{t("orders.channel")}</th>
            <th>{t("settings.createdAt")}</th>
            <th>{t("settings.lastUsed")}</th>
            <th>{t("common.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k.id}>
              <td>
                <code>{k.storeCode}</code>
              </td>
              <td>{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{t(`channel.${k.channel}`)}</td>
              <td>{formatDateTime(k.createdAt, locale)}</td>
              <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : "—"}</td>
              <td>
                {k.revokedAt ? (
                  <span className="badge danger">
                    {t("settings.revokedAt", { time: formatDateTime(k.revokedAt, locale) })}
                  </span>
                ) : (
                  <span className="badge ok">{t("settings.keyActive")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
