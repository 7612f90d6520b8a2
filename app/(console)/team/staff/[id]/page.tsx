import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetLinkButton, StaffEditForm } from "@/components/team/staff-edit-form";
import { UserStatusButton } from "@/components/team/user-status-button";
import { TeamTabs } from "@/components/team/team-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import {
  findGrantableRoles,
  findStaffDetail,
  findStoreChoices,
  findZoneChoices,
} from "@/lib/team/server/options";

export default async function StaffEditPage(props: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("team.manage");
  const { id } = await props.params;
  const { t, locale } = await getTranslator();
  const [staff, grantable, stores, zones] = await Promise.all([
    findStaffDetail(actor, id.slice(0, 40)),
    findGrantableRoles(actor),
    findStoreChoices(actor, locale),
    actor.storeIds === null ? findZoneChoices() : Promise.resolve([]),
  ]);
  if (!staff) notFound();
  return (
    <>
      <PageHeader
        title={t("team.staff.editTitle", { name: staff.name })}
        subtitle={staff.email}
        actions={<Link href="/team">{t("team.staff.back")}</Link>}
      />
      <TeamTabs actor={actor} current="/team" t={t} />
      <section className="panel">
        <StaffEditForm
          staff={staff}
          roles={grantable.roles}
          customRoles={grantable.customRoles}
          stores={stores}
          zones={zones}
          platformWide={actor.storeIds === null}
        />
      </section>
      {staff.id !== actor.id ? (
        <section className="panel">
          <ResetLinkButton userId={staff.id} />
          <UserStatusButton userId={staff.id} name={staff.name} disabled={staff.disabled} />
        </section>
      ) : null}
    </>
  );
}
