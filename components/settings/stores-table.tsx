import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { StoreSettingsRow } from "@/lib/settings/server/queries";
import { OpeningHours } from "./opening-hours";

const STATUS_TONE: Record<string, string> = { OPEN: "ok", BUSY: "warn", PAUSED: "danger" };

/** Each store's operating settings: status, hours, prep time, order minimums, auto-accept. */
export function StoresTable(props: {
  rows: StoreSettingsRow[];
  locale: Locale;
  t: Translate;
  /** Whether to offer the edit link (the `settings.manage` permission). */
  canEdit?: boolean;
}) {
  const { rows, locale, t, canEdit = false } = props;
  if (rows.length === 0) return <EmptyState message={t("common.noData")} />;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="stores-table">
        <thead>
          <tr>
            <th>{t("settings.code")}</th>
            <th>{t("common.name")}</th>
            <th>{t("common.status")}</th>
            <th>{t("settings.hours")}</th>
            <th className="num">{t("settings.prep")}</th>
            <th className="num">{t("settings.minOrder")}</th>
            <th className="num">{t("settings.packagingFee")}</th>
            <th>{t("settings.autoAccept")}</th>
            {canEdit ? <th>{t("common.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} data-store={s.code}>
              <td>
                <code>{s.code}</code>
              </td>
              <td>{locale === "en" ? s.nameEn : s.nameZh}</td>
              <td>
                <span
                  className={`badge ${STATUS_TONE[s.status] ?? ""}`}
                  title={s.pausedReason ?? undefined}
                >
                  {t(`storeStatus.${s.status}`)}
                </span>
              </td>
              <td>
                <OpeningHours groups={s.hours} t={t} />
              </td>
              <td className="num">{s.prepMinutes}</td>
              <td className="num">{formatMoney(s.minOrderCents, locale)}</td>
              <td className="num">{formatMoney(s.packagingFeeCents, locale)}</td>
              <td>
                {!s.autoAcceptValid ? (
                  <span className="badge danger">{t("settings.autoAcceptInvalid")}</span>
                ) : s.autoAccept.length === 0 ? (
                  <span className="muted">{t("settings.autoAcceptNone")}</span>
                ) : (
                  s.autoAccept.map((c) => (
                    <span key={c} className="badge info">
                      {t(`channel.${c}`)}
                    </span>
                  ))
                )}
              </td>
              {canEdit ? (
                <td>
                  <Link
                    href={`/settings?edit=${encodeURIComponent(s.id)}`}
                    className="button ghost"
                    data-testid={`edit-store-${s.code}`}
                  >
                    {t("settings.edit")}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
