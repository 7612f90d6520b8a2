import { RetireTrainingButton, TrainingItemForm } from "@/components/team/ops-forms";
import { TeamTabs } from "@/components/team/team-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { ROLES } from "@/lib/platform/permissions";
import { requirePagePermission } from "@/lib/platform/session";
import { findTrainingOverview } from "@/lib/team/server/training";

export default async function TrainingPage() {
  const actor = await requirePagePermission("team.view");
  const { t, locale } = await getTranslator();
  const { items, progress } = await findTrainingOverview(db, actor);
  const canManage = actorCan(actor, "team.manage");
  const editableRoles = actor.storeIds === null ? [...ROLES] : (["STORE_STAFF"] as const).slice();
  return (
    <>
      <PageHeader title={t("team.training.title")} />
      <TeamTabs actor={actor} current="/team/training" t={t} />
      <section className="panel">
        {items.length === 0 ? <EmptyState message={t("team.training.empty")} /> : null}
        {ROLES.filter((r) => items.some((i) => i.role === r)).map((role) => (
          <div key={role}>
            <h3>{t(`role.${role}`)}</h3>
            <ul data-testid={`training-${role}`}>
              {items
                .filter((i) => i.role === role)
                .map((i) => (
                  <li key={i.id} className="inline-field">
                    {locale === "en" ? i.titleEn : i.titleZh}
                    {canManage && (actor.storeIds === null || role === "STORE_STAFF") ? (
                      <RetireTrainingButton itemId={i.id} />
                    ) : null}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="panel">
        <h2>{t("team.training.progress")}</h2>
        <div className="table-wrap">
          <table className="data" data-testid="training-progress">
            <thead>
              <tr>
                <th>{t("common.name")}</th>
                <th>{t("team.invite.role")}</th>
                <th className="num">{t("team.training.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <tr key={p.userId}>
                  <td>{p.name}</td>
                  <td>{t(`role.${p.role}`)}</td>
                  <td className="num">{p.total ? `${p.done}/${p.total}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canManage ? (
        <section className="panel">
          <TrainingItemForm roles={editableRoles} />
        </section>
      ) : null}
    </>
  );
}
