import { z } from "zod";
import { TargetForm } from "@/components/team/ops-forms";
import { TeamTabs } from "@/components/team/team-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { getSelectedStoreId } from "@/lib/stores/server/queries";
import {
  findCourierPerformance,
  findPeoplePerformance,
  findTargets,
} from "@/lib/team/server/performance";
import { findStoreChoices } from "@/lib/team/server/options";

const searchSchema = z.object({ days: z.coerce.number().int().min(1).max(90).catch(7).default(7) });
const secs = (s: number | null) =>
  s === null ? "—" : s < 120 ? `${Math.round(s)} s` : `${(s / 60).toFixed(1)} min`;
const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export default async function PerformancePage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("team.view");
  const { days } = searchSchema.parse(await props.searchParams);
  const { t, locale } = await getTranslator();
  const storeId = await getSelectedStoreId(actor);
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  const [people, couriers, targets, stores] = await Promise.all([
    findPeoplePerformance(db, actor, from, to, storeId),
    findCourierPerformance(db, actor, from, to, storeId),
    findTargets(db, storeId),
    findStoreChoices(actor, locale),
  ]);
  return (
    <>
      <PageHeader title={t("team.tab.performance")} />
      <TeamTabs actor={actor} current="/team/performance" t={t} />
      <section className="panel">
        <h2>{t("team.perf.people", { days })}</h2>
        <div className="table-wrap">
          <table className="data" data-testid="people-performance">
            <thead>
              <tr>
                <th>{t("common.name")}</th>
                <th className="num">{t("team.perf.ordersHandled")}</th>
                <th className="num">{t("team.perf.avgAccept")}</th>
                <th className="num">{t("team.perf.ticketsResolved")}</th>
                <th className="num">{t("team.perf.firstResponse")}</th>
                <th className="num">{t("team.perf.csat")}</th>
                <th className="num">{t("team.perf.refunds")}</th>
                <th className="num">{t("team.perf.refunded")}</th>
                <th className="num">{t("team.perf.points")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.userId}>
                  <td>
                    {p.name} <span className="muted small">{t(`role.${p.role}`)}</span>
                  </td>
                  <td className="num">{p.ordersHandled}</td>
                  <td className="num">{secs(p.avgAcceptSeconds)}</td>
                  <td className="num">{p.ticketsResolved}</td>
                  <td className="num">{secs(p.avgFirstResponseSeconds)}</td>
                  <td className="num">{p.csat === null ? "—" : p.csat.toFixed(2)}</td>
                  <td className="num">{p.refundsIssued}</td>
                  <td className="num">¥{(p.refundedCents / 100).toFixed(2)}</td>
                  <td className="num">{p.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel">
        <h2>{t("team.perf.couriers", { days })}</h2>
        {couriers.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="courier-performance">
              <thead>
                <tr>
                  <th>{t("common.name")}</th>
                  <th className="num">{t("team.perf.deliveries")}</th>
                  <th className="num">{t("team.perf.onTime")}</th>
                  <th className="num">{t("team.perf.distance")}</th>
                  <th className="num">{t("team.perf.points")}</th>
                </tr>
              </thead>
              <tbody>
                {couriers.map((c) => (
                  <tr key={c.courierId}>
                    <td>{c.name}</td>
                    <td className="num">{c.deliveries}</td>
                    <td className="num">{pct(c.onTimeRate)}</td>
                    <td className="num">{c.distanceKm}</td>
                    <td className="num">{c.points}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel">
        <h2>{t("team.perf.targets")}</h2>
        <ul data-testid="targets">
          {targets.map((r) => (
            <li key={r.metric}>
              {t(`team.perf.metric.${r.metric}`)}: {t("team.perf.target")} {r.target} ·{" "}
              {t("team.perf.pointsPerUnit")} {r.pointsPerUnit} · {t("team.perf.bonus")}{" "}
              {r.bonusPoints}
            </li>
          ))}
        </ul>
        {actorCan(actor, "team.manage") ? (
          <TargetForm stores={stores} platformWide={actor.storeIds === null} />
        ) : null}
      </section>
    </>
  );
}
