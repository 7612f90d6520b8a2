import Link from "next/link";
import { forbidden } from "next/navigation";
import { DecideButtons } from "@/components/approvals/decide-buttons";
import { ThresholdForm } from "@/components/approvals/threshold-form";
import { TeamTabs } from "@/components/team/team-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  APPROVAL_KINDS,
  APPROVAL_STATUSES,
  APPROVER_PERMISSION,
} from "@/lib/approvals/domain/kinds";
import { approvalFiltersSchema } from "@/lib/approvals/schemas";
import { findApprovals, findThresholds } from "@/lib/approvals/server/queries";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { formatDateTime } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findStoreChoices } from "@/lib/team/server/options";

const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;

export default async function ApprovalsPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission(null);
  const approver = Object.values(APPROVER_PERMISSION).some((p) => actorCan(actor, p));
  if (!approver && !actorCan(actor, "team.view")) forbidden();
  const raw = await props.searchParams;
  const filters = approvalFiltersSchema.parse(raw);
  const { t, locale } = await getTranslator();
  const [rows, thresholds, stores] = await Promise.all([
    findApprovals(db, actor, filters),
    findThresholds(db, actor),
    findStoreChoices(actor, locale),
  ]);
  const href = (over: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { kind: filters.kind, status: filters.status, store: filters.store, ...over };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    return `/approvals?${params.toString()}`;
  };
  const storeLabel = (id: string | null) =>
    stores.find((s) => s.id === id)?.label ?? t("team.approvals.default");
  return (
    <>
      <PageHeader
        title={t("team.approvals.title")}
        subtitle={t("common.showing", { shown: rows.length, total: rows.length })}
      />
      <TeamTabs actor={actor} current="/approvals" t={t} />
      <nav className="status-pills" data-testid="approval-filters">
        {APPROVAL_STATUSES.map((s) => (
          <Link
            key={s}
            className="status-pill"
            href={href({ status: s })}
            aria-current={filters.status === s ? "page" : undefined}
          >
            {t(`team.approvals.status.${s}`)}
          </Link>
        ))}
        <Link
          className="status-pill"
          href={href({ kind: undefined })}
          aria-current={!filters.kind ? "page" : undefined}
        >
          {t("team.all")}
        </Link>
        {APPROVAL_KINDS.map((k) => (
          <Link
            key={k}
            className="status-pill"
            href={href({ kind: k })}
            aria-current={filters.kind === k ? "page" : undefined}
          >
            {t(`team.approvals.kind.${k}`)}
          </Link>
        ))}
        {stores.map((s) => (
          <Link
            key={s.id}
            className="status-pill"
            href={href({ store: s.id })}
            aria-current={filters.store === s.id ? "page" : undefined}
          >
            {s.label}
          </Link>
        ))}
      </nav>
      <section className="panel">
        {rows.length === 0 ? (
          <EmptyState message={t("common.noData")} />
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="approvals-table">
              <thead>
                <tr>
                  <th>{t("common.time")}</th>
                  <th>{t("team.approvals.kind")}</th>
                  <th>{t("team.approvals.store")}</th>
                  <th className="num">{t("team.approvals.amount")}</th>
                  <th>{t("team.approvals.summary")}</th>
                  <th>{t("team.approvals.requestedBy")}</th>
                  <th>{t("common.status")}</th>
                  <th>{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.createdAt, locale)}</td>
                    <td>
                      {APPROVAL_KINDS.find((k) => k === r.kind)
                        ? t(`team.approvals.kind.${r.kind as (typeof APPROVAL_KINDS)[number]}`)
                        : r.kind}
                    </td>
                    <td>{r.storeCode ?? "—"}</td>
                    <td className="num">{yuan(r.amountCents)}</td>
                    <td>{r.summary}</td>
                    <td>{r.requestedBy}</td>
                    <td>
                      {t(`team.approvals.status.${r.status as (typeof APPROVAL_STATUSES)[number]}`)}
                      {r.decidedBy ? (
                        <span className="muted small">
                          {" "}
                          · {r.decidedBy}
                          {r.decisionNote ? `: ${r.decisionNote}` : ""}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {r.status === "PENDING" ? (
                        <DecideButtons id={r.id} own={r.requestedById === actor.id} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel">
        <h2>{t("team.approvals.thresholds")}</h2>
        <ul data-testid="thresholds">
          {thresholds.map((th) => (
            <li key={`${th.kind}-${th.storeId ?? "all"}`}>
              {t(`team.approvals.kind.${th.kind as (typeof APPROVAL_KINDS)[number]}`)} ·{" "}
              {storeLabel(th.storeId)} · ≥ {yuan(th.thresholdCents)}
            </li>
          ))}
        </ul>
        {actorCan(actor, "settings.manage") ? (
          <ThresholdForm stores={stores} platformWide={actor.storeIds === null} />
        ) : null}
      </section>
    </>
  );
}
