import { DeleteShiftButton, ShiftForm } from "@/components/team/ops-forms";
import { TeamTabs } from "@/components/team/team-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { formatDateTime } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findOnDutyStaff, findSchedulable, findShifts } from "@/lib/team/server/shifts";
import { findStoreChoices } from "@/lib/team/server/options";

export default async function ShiftsPage() {
  const actor = await requirePagePermission("team.view");
  const { t, locale } = await getTranslator();
  const now = new Date();
  const from = new Date(now.getTime() - 24 * 3_600_000);
  const to = new Date(now.getTime() + 7 * 24 * 3_600_000);
  const canManage = actorCan(actor, "team.manage");
  const [onDuty, shifts, people, stores] = await Promise.all([
    findOnDutyStaff(db),
    findShifts(db, actor, from, to),
    canManage ? findSchedulable(db, actor) : Promise.resolve({ staff: [], couriers: [] }),
    findStoreChoices(actor, locale),
  ]);
  const visibleOnDuty = onDuty.filter(
    (p) => actor.storeIds === null || (p.storeId !== null && actor.storeIds.includes(p.storeId)),
  );
  const storeLabel = (id: string | null) => stores.find((s) => s.id === id)?.label ?? "—";
  return (
    <>
      <PageHeader title={t("team.tab.shifts")} />
      <TeamTabs actor={actor} current="/team/shifts" t={t} />
      <section className="panel" data-testid="on-duty">
        <h2>{t("team.shifts.onDuty")}</h2>
        {visibleOnDuty.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <ul>
            {visibleOnDuty.map((p) => (
              <li key={p.userId}>
                {p.name} · {t(`role.${p.role}`)} · {storeLabel(p.storeId)} ·{" "}
                {formatDateTime(p.clockInAt, locale)}–{formatDateTime(p.endsAt, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel">
        <h2>{t("team.shifts.upcoming")}</h2>
        {shifts.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="shifts-table">
              <thead>
                <tr>
                  <th>{t("team.shifts.kind")}</th>
                  <th>{t("team.shifts.person")}</th>
                  <th>{t("team.shifts.store")}</th>
                  <th>{t("team.shifts.start")}</th>
                  <th>{t("team.shifts.end")}</th>
                  <th>{t("team.shifts.clockedIn")}</th>
                  {canManage ? <th>{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {shifts.map((s) => (
                  <tr key={`${s.kind}-${s.id}`}>
                    <td>{t(s.kind === "STAFF" ? "team.shifts.staff" : "team.shifts.courier")}</td>
                    <td>{s.personName}</td>
                    <td>{storeLabel(s.storeId)}</td>
                    <td>{formatDateTime(s.startsAt, locale)}</td>
                    <td>{formatDateTime(s.endsAt, locale)}</td>
                    <td>
                      {s.clockInAt ? formatDateTime(s.clockInAt, locale) : "—"}
                      {s.clockOutAt ? ` – ${formatDateTime(s.clockOutAt, locale)}` : ""}
                    </td>
                    {canManage ? (
                      <td>{s.clockInAt ? null : <DeleteShiftButton kind={s.kind} id={s.id} />}</td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canManage ? (
        <section className="panel">
          <ShiftForm
            staff={people.staff.map((s) => ({ id: s.id, label: s.name }))}
            couriers={people.couriers.map((c) => ({ id: c.id, label: c.name }))}
            stores={stores}
          />
        </section>
      ) : null}
    </>
  );
}
