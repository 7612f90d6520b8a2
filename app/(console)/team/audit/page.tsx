import Link from "next/link";
import { AuditLogTable } from "@/components/team/audit-log-table";
import { TeamTabs } from "@/components/team/team-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { auditFiltersSchema } from "@/lib/team/schemas";
import { AUDIT_PAGE_SIZE, findAuditEntityTypes, searchAudit } from "@/lib/team/server/audit";

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export default async function AuditPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("audit.view");
  const raw = await props.searchParams;
  const filters = auditFiltersSchema.parse(raw);
  const { t, locale } = await getTranslator();
  const [{ rows, total }, entityTypes] = await Promise.all([
    searchAudit(db, actor, filters),
    findAuditEntityTypes(db),
  ]);
  const query = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["q", "actor", "entity", "from", "to"])
      if (raw[key]) params.set(key, raw[key]);
    if (page > 1) params.set("page", String(page));
    return params.toString();
  };
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <PageHeader
        title={t("team.tab.audit")}
        subtitle={t("common.showing", { shown: rows.length, total })}
        actions={
          <a className="button" href={`/team/audit/export?${query(1)}`} data-testid="audit-export">
            {t("team.audit.export")}
          </a>
        }
      />
      <TeamTabs actor={actor} current="/team/audit" t={t} />
      <form className="panel board-filters" method="get" data-testid="audit-filters">
        <label className="field">
          <span>{t("team.audit.search")}</span>
          <input name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </label>
        <label className="field">
          <span>{t("team.audit.actor")}</span>
          <input name="actor" defaultValue={filters.actor ?? ""} maxLength={200} />
        </label>
        <label className="field">
          <span>{t("team.audit.entity")}</span>
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">{t("team.all")}</option>
            {entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("team.audit.from")}</span>
          <input type="date" name="from" defaultValue={day(filters.from)} />
        </label>
        <label className="field">
          <span>{t("team.audit.to")}</span>
          <input type="date" name="to" defaultValue={day(filters.to)} />
        </label>
        <button type="submit" className="button">
          {t("team.filter")}
        </button>
      </form>
      <section className="panel">
        <p className="muted small">{t("team.audit.readonly")}</p>
        <AuditLogTable rows={rows} locale={locale} t={t} />
        <p className="inline-field">
          {filters.page > 1 ? (
            <Link href={`/team/audit?${query(filters.page - 1)}`}>{t("team.audit.prev")}</Link>
          ) : null}
          <span className="muted">
            {filters.page} / {pages}
          </span>
          {filters.page < pages ? (
            <Link href={`/team/audit?${query(filters.page + 1)}`}>{t("team.audit.next")}</Link>
          ) : null}
        </p>
      </section>
    </>
  );
}
