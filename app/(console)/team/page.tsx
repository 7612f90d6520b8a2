import { AuditTable } from "@/components/team/audit-table";
import { StaffTable } from "@/components/team/staff-table";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findRecentAudit, findStaff } from "@/lib/team/server/queries";

export default async function TeamPage() {
  const actor = await requirePagePermission("team.view");
  const canAudit = actorCan(actor, "audit.view");
  const [{ t, locale }, staff, audit] = await Promise.all([
    getTranslator(),
    findStaff(actor),
    canAudit ? findRecentAudit(actor, 20) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={t("team.title")}
        subtitle={t("common.showing", { shown: staff.length, total: staff.length })}
      />
      <section className="panel">
        <StaffTable
          rows={staff}
          currentUserId={actor.id}
          canManage={actorCan(actor, "team.manage")}
          locale={locale}
          t={t}
        />
      </section>
      {canAudit ? (
        <section className="panel">
          <h2>{t("team.auditTitle")}</h2>
          <AuditTable rows={audit} locale={locale} t={t} />
        </section>
      ) : null}
    </>
  );
}
