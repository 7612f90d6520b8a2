import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { storeScope } from "@/lib/platform/actor";
import type { ApprovalFilters } from "../schemas";
import { APPROVAL_KINDS } from "../domain/kinds";

export type ApprovalRow = {
  id: string;
  kind: string;
  storeId: string | null;
  storeCode: string | null;
  amountCents: number;
  summary: string;
  status: string;
  requestedById: string;
  requestedBy: string;
  decidedBy: string | null;
  decisionNote: string | null;
  createdAt: Date;
  decidedAt: Date | null;
};

/** Approval requests the actor may see (their stores'; platform-wide for unscoped roles), newest first. */
export async function findApprovals(
  db: Db,
  actor: Actor,
  f: ApprovalFilters,
): Promise<ApprovalRow[]> {
  const scoped = actor.storeIds === null && !f.store ? {} : storeScope(actor, f.store ?? null);
  const rows = await db.approvalRequest.findMany({
    where: {
      ...scoped,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { requestedBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
  const stores = await db.store.findMany({
    where: { id: { in: rows.flatMap((r) => (r.storeId ? [r.storeId] : [])) } },
    select: { id: true, code: true },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    storeId: r.storeId,
    storeCode: stores.find((s) => s.id === r.storeId)?.code ?? null,
    amountCents: r.amountCents,
    summary: r.summary,
    status: r.status,
    requestedById: r.requestedById,
    requestedBy: r.requestedBy.name,
    decidedBy: r.decidedBy?.name ?? null,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}

const KIND_ORDER: readonly string[] = APPROVAL_KINDS;

export type ThresholdRow = { kind: string; storeId: string | null; thresholdCents: number };

/** Thresholds the actor may see: the defaults and their stores' own. */
export async function findThresholds(db: Db, actor: Actor): Promise<ThresholdRow[]> {
  const rows = await db.approvalThreshold.findMany({
    where:
      actor.storeIds === null
        ? {}
        : { OR: [{ storeId: null }, { storeId: { in: actor.storeIds } }] },
    select: { kind: true, storeId: true, thresholdCents: true },
  });
  return rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
