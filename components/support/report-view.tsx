import { StatCard } from "@/components/ui/stat-card";
import type { Translate } from "@/lib/platform/i18n/messages";
import type { CsatGroup, InboxReport, Quantiles } from "@/lib/support/domain/report";
import { ReportBars } from "./report-charts";

function minutes(q: Quantiles, t: Translate): string {
  const f = (v: number | null) =>
    v === null ? "—" : t("support.reports.minutes", { value: Math.round(v) });
  return `${f(q.p50)} / ${f(q.p90)}`;
}

function CsatTable(props: { title: string; rows: CsatGroup[]; t: Translate; testId: string }) {
  const { t } = props;
  return (
    <section className="panel" data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <p className="muted">{t("support.reports.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th />
              <th>{t("support.reports.average")}</th>
              <th>{t("support.reports.responses")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <td>{r.key}</td>
                <td>{r.average.toFixed(2)}</td>
                <td>{r.responses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Headline numbers, charts and CSAT tables of the inbox report. */
export function ReportView(props: { report: InboxReport; t: Translate }) {
  const { report: r, t } = props;
  return (
    <>
      <div className="grid" data-testid="report-stats">
        <StatCard
          label={t("support.reports.volume")}
          value={String(r.volume)}
          testId="report-volume"
        />
        <StatCard
          label={t("support.reports.frt")}
          value={minutes(r.firstResponseMin, t)}
          testId="report-frt"
        />
        <StatCard
          label={t("support.reports.resolution")}
          value={minutes(r.resolutionMin, t)}
          testId="report-resolution"
        />
        <StatCard
          label={t("support.reports.breaches")}
          value={`${r.breaches.tickets} (${t("support.reports.breachDetail", {
            first: r.breaches.firstResponse,
            resolution: r.breaches.resolution,
          })})`}
          testId="report-breaches"
        />
        <StatCard
          label={t("support.reports.csat", { n: r.csat.responses })}
          value={r.csat.average === null ? "—" : r.csat.average.toFixed(2)}
          testId="report-csat"
        />
      </div>
      <section className="panel">
        <h3>{t("support.reports.perDay")}</h3>
        <ReportBars
          testId="chart-per-day"
          name={t("support.reports.tickets")}
          data={r.perDay.map((d) => ({ label: d.day.slice(5), value: d.tickets }))}
        />
      </section>
      <div className="grid">
        <section className="panel">
          <h3>{t("support.reports.topLabels")}</h3>
          <ReportBars
            vertical
            testId="chart-labels"
            name={t("support.reports.tickets")}
            data={r.topLabels.map((l) => ({ label: l.key, value: l.count }))}
          />
        </section>
        <section className="panel">
          <h3>{t("support.reports.topDishes")}</h3>
          <ReportBars
            vertical
            testId="chart-dishes"
            name={t("support.reports.tickets")}
            data={r.topDishes.map((l) => ({ label: l.key, value: l.count }))}
          />
        </section>
      </div>
      <div className="grid">
        <CsatTable
          title={t("support.reports.csatByAgent")}
          rows={r.csatByAgent}
          t={t}
          testId="csat-agents"
        />
        <CsatTable
          title={t("support.reports.csatByStore")}
          rows={r.csatByStore}
          t={t}
          testId="csat-stores"
        />
      </div>
    </>
  );
}
