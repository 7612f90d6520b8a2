import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { actorHasStore, type Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import type { SetThresholdInput } from "../schemas";

/**
 * Sets (or with null removes) the approval threshold of a kind for one store or, for
 * unscoped roles only, the default of every store. Audited with the old and new value.
 */
export async function setApprovalThreshold(
  db: Db,
  actor: Actor,
  input: SetThresholdInput,
  meta?: RequestMeta,
): Promise<{ kind: string; storeId: string | null; thresholdCents: number | null }> {
  if (input.storeId === null && actor.storeIds !== null) {
    throw new AppError("forbidden", "Only platform-wide roles set the default for every store.");
  }
  if (input.storeId !== null && !actorHasStore(actor, input.storeId)) {
    throw new AppError("not_found", "No such store.");
  }
  return db.$transaction(async (tx) => {
    if (input.storeId) {
      const store = await tx.store.findUnique({
        where: { id: input.storeId },
        select: { id: true },
      });
      if (!store) throw new AppError("not_found", "No such store.");
    }
    const existing = await tx.approvalThreshold.findMany({
      where: { kind: input.kind, storeId: input.storeId },
      select: { id: true, thresholdCents: true },
    });
    await tx.approvalThreshold.deleteMany({ where: { kind: input.kind, storeId: input.storeId } });
    if (input.thresholdCents !== null) {
      await tx.approvalThreshold.create({
        data: { kind: input.kind, storeId: input.storeId, thresholdCents: input.thresholdCents },
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "approval.threshold",
        entityType: "ApprovalThreshold",
        entityId: input.kind,
        storeId: input.storeId,
        before: { thresholdCents: existing[0]?.thresholdCents ?? null },
        after: { thresholdCents: input.thresholdCents },
      },
      meta,
    );
    return input;
  });
}
