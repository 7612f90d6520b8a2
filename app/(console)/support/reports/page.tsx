import { ReportView } from "@/components/support/report-view";
import { SupportTabs } from "@/components/support/support-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { reportSearchSchema } from "@/lib/support/schemas";
import { findReportStores, getInboxReport, reportPeriod } from "@/lib/support/server/reports";

export const dynamic = "force-dynamic";

export default async function SupportReportsPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("support.reports");
  const now = new Date();
  const period = reportPeriod(reportSearchSchema.parse(await props.searchParams), now);
  const { t, locale } = await getTranslator();
  const [report, stores] = await Promise.all([
    getInboxReport(db, actor, period, locale, now),
    findReportStores(db, actor),
  ]);
  return (
    <>
      <PageHeader title={t("support.reports.title")} subtitle={`${period.from} – ${period.to}`} />
      {actorCan(actor, "support.view") ? (
        <SupportTabs
          current="/support/reports"
          t={t}
          show={{ knowledge: actorCan(actor, "support.manage"), reports: true }}
        />
      ) : null}
      <form
        method="get"
        action="/support/reports"
        className="panel inline-form"
        data-testid="report-filters"
      >
        <label>
          {t("support.reports.from")} <input type="date" name="from" defaultValue={period.from} />
        </label>
        <label>
          {t("support.reports.to")} <input type="date" name="to" defaultValue={period.to} />
        </label>
        <label>
          {t("support.reports.store")}{" "}
          <select name="store" defaultValue={period.store ?? ""} data-testid="report-store">
            <option value="">{t("support.reports.allStores")}</option>
            {stores.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {locale === "en" ? s.nameEn : s.nameZh}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("support.reports.apply")}
        </button>
      </form>
      <ReportView report={report} t={t} />
    </>
  );
}
