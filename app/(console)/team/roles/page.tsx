import { RoleEditor } from "@/components/team/role-editor";
import { TeamTabs } from "@/components/team/team-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/platform/db";
import { actorCan } from "@/lib/platform/actor";
import { getTranslator } from "@/lib/platform/i18n/server";
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS } from "@/lib/platform/permissions";
import { requirePagePermission } from "@/lib/platform/session";
import { findCustomRoles } from "@/lib/team/server/roles";

export default async function RolesPage() {
  const actor = await requirePagePermission("team.view");
  const { t } = await getTranslator();
  const custom = await findCustomRoles(db);
  const mine = actor.permissions ?? ROLE_PERMISSIONS[actor.role];
  const canEdit = actorCan(actor, "team.manage") && actor.storeIds === null;
  const columns = [
    ...ROLES.map((r) => ({
      key: r,
      label: t(`role.${r}`),
      has: (p: (typeof PERMISSIONS)[number]) => ROLE_PERMISSIONS[r].has(p),
    })),
    ...custom.map((c) => ({
      key: c.id,
      label: `${c.name} (${t("team.roles.holders", { n: c.users })})`,
      has: (p: (typeof PERMISSIONS)[number]) => c.permissions.includes(p),
    })),
  ];
  return (
    <>
      <PageHeader title={t("team.roles.matrix")} subtitle={t("team.roles.hint")} />
      <TeamTabs actor={actor} current="/team/roles" t={t} />
      <section className="panel">
        <div className="table-wrap">
          <table className="data" data-testid="permission-matrix">
            <thead>
              <tr>
                <th>{t("team.roles.permission")}</th>
                {columns.map((c) => (
                  <th key={c.key}>{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PERMISSIONS.map((p) => (
                <tr key={p}>
                  <td>
                    <code>{p}</code>
                  </td>
                  {columns.map((c) => (
                    <td key={c.key} aria-label={c.has(p) ? "yes" : "no"}>
                      {c.has(p) ? "●" : ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canEdit ? (
        <section>
          <h2>{t("team.roles.custom")}</h2>
          <RoleEditor roles={ROLES} grantable={PERMISSIONS.filter((p) => mine.has(p))} />
          {custom.map((c) => (
            <RoleEditor
              key={c.id}
              role={c}
              roles={ROLES}
              grantable={PERMISSIONS.filter((p) => mine.has(p))}
            />
          ))}
        </section>
      ) : null}
    </>
  );
}
