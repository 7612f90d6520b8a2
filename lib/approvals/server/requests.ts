import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import type { ApprovalKind } from "./executors";

type Tx = Prisma.TransactionClient;

export type RequestApprovalInput = {
  kind: ApprovalKind;
  storeId: string | null;
  amountCents: number;
  summary: string;
  payload: unknown;
  requestedById: string;
  subjectType?: string | null;
  subjectId?: string | null;
};

/**
 * Queues an action for a second person's decision. Call it inside the requesting mutation's
 * transaction instead of carrying the action out; the kind's executor runs on approval.
 */
export async function requestApproval(
  tx: Tx,
  input: RequestApprovalInput,
): Promise<{ id: string }> {
  return tx.approvalRequest.create({
    data: {
      kind: input.kind,
      storeId: input.storeId,
      amountCents: input.amountCents,
      summary: input.summary.slice(0, 500),
      payload: JSON.stringify(input.payload ?? {}),
      requestedById: input.requestedById,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
    },
    select: { id: true },
  });
}

/**
 * The amount (in cents) from which an action of this kind in this store needs approval: the
 * store's own threshold, else the default for every store; null means no approval is needed.
 */
export async function approvalThresholdCents(
  db: Db | Tx,
  kind: ApprovalKind,
  storeId: string | null,
): Promise<number | null> {
  const rows = await db.approvalThreshold.findMany({
    where: { kind, OR: [{ storeId: null }, ...(storeId ? [{ storeId }] : [])] },
    select: { storeId: true, thresholdCents: true },
  });
  const own = rows.find((r) => r.storeId !== null && r.storeId === storeId);
  const fallback = rows.find((r) => r.storeId === null);
  return (own ?? fallback)?.thresholdCents ?? null;
}

/** Whether a subject already has a pending request of a kind (to refuse duplicates). */
export async function hasPendingApproval(
  db: Db | Tx,
  kind: ApprovalKind,
  subjectType: string,
  subjectId: string,
): Promise<boolean> {
  const found = await db.approvalRequest.findFirst({
    where: { kind, subjectType, subjectId, status: "PENDING" },
    select: { id: true },
  });
  return found !== null;
}
