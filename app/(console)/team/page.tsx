import { AuditTable } from "@/components/team/audit-table";
import { InviteForm } from "@/components/team/invite-form";
import { StaffTable } from "@/components/team/staff-table";
import { TeamTabs } from "@/components/team/team-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findRecentAudit, findStaff } from "@/lib/team/server/queries";
import { findGrantableRoles, findStoreChoices } from "@/lib/team/server/options";

export default async function TeamPage() {
  const actor = await requirePagePermission("team.view");
  const canAudit = actorCan(actor, "audit.view");
  const canManage = actorCan(actor, "team.manage");
  const { t, locale } = await getTranslator();
  const [staff, audit, grantable, stores] = await Promise.all([
    findStaff(actor),
    canAudit ? findRecentAudit(actor, 20) : Promise.resolve([]),
    canManage ? findGrantableRoles(actor) : Promise.resolve(null),
    findStoreChoices(actor, locale),
  ]);
  return (
    <>
      <PageHeader
        title={t("team.title")}
        subtitle={t("common.showing", { shown: staff.length, total: staff.length })}
      />
      <TeamTabs actor={actor} current="/team" t={t} />
      <section className="panel">
        <StaffTable
          rows={staff}
          currentUserId={actor.id}
          canManage={canManage}
          locale={locale}
          t={t}
        />
      </section>
      {grantable && grantable.roles.length ? (
        <section className="panel">
          <InviteForm roles={grantable.roles} customRoles={grantable.customRoles} stores={stores} />
        </section>
      ) : null}
      {canAudit ? (
        <section className="panel">
          <h2>{t("team.auditTitle")}</h2>
          <AuditTable rows={audit} locale={locale} t={t} />
        </section>
      ) : null}
    </>
  );
}
