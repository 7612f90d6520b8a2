import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { actorCan, actorHasStore, type Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { APPROVER_PERMISSION } from "../domain/kinds";
import type { DecideApprovalInput } from "../schemas";
import { APPROVAL_EXECUTORS, APPROVAL_REJECTION_HANDLERS, type ApprovalKind } from "./executors";

function isKind(kind: string): kind is ApprovalKind {
  return kind in APPROVER_PERMISSION;
}

/**
 * Approves (running the kind's executor in the same transaction) or rejects a pending request.
 * The decider must be someone other than the requester, hold the kind's permission and have
 * the request's store in scope; a request outside their stores reads as not found.
 */
export async function decideApproval(
  db: Db,
  actor: Actor,
  input: DecideApprovalInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string; status: "APPROVED" | "REJECTED" }> {
  return db.$transaction(async (tx) => {
    const request = await tx.approvalRequest.findUnique({ where: { id: input.id } });
    if (!request || !actorHasStore(actor, request.storeId)) {
      throw new AppError("not_found", "No such approval request.");
    }
    if (!isKind(request.kind)) throw new AppError("conflict", "Unknown approval kind.");
    if (!actorCan(actor, APPROVER_PERMISSION[request.kind])) {
      throw new AppError("forbidden", "You may not decide requests of this kind.");
    }
    if (request.requestedById === actor.id) {
      throw new AppError(
        "forbidden",
        "A request needs a second person: you cannot decide your own.",
      );
    }
    if (request.status !== "PENDING") {
      throw new AppError("conflict", "This request has already been decided.");
    }
    const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    // Claim the row first so two approvers racing cannot both run the executor.
    const claimed = await tx.approvalRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: actor.id, decidedAt: now, decisionNote: input.note || null },
    });
    if (claimed.count !== 1)
      throw new AppError("conflict", "This request has already been decided.");
    if (status === "APPROVED") {
      const executor = APPROVAL_EXECUTORS[request.kind];
      if (!executor) throw new AppError("conflict", "Nothing can carry out this kind yet.");
      let payload: unknown;
      try {
        payload = JSON.parse(request.payload);
      } catch {
        throw new AppError("conflict", "The request's payload is unreadable.");
      }
      await executor(tx, payload, { id: actor.id });
    } else {
      await runRejectionHandler(tx, request, { deciderId: actor.id, note: input.note || null });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: status === "APPROVED" ? "approval.approve" : "approval.reject",
        entityType: "ApprovalRequest",
        entityId: request.id,
        storeId: request.storeId,
        before: { status: request.status },
        after: {
          status,
          kind: request.kind,
          amountCents: request.amountCents,
          note: input.note || null,
        },
      },
      meta,
    );
    return { id: request.id, status };
  });
}

/** Lets the requesting area mark its waiting action as rejected (e.g. a support refund). */
async function runRejectionHandler(
  tx: Prisma.TransactionClient,
  request: { kind: string; payload: string },
  who: { deciderId: string; note: string | null },
  status: "REJECTED" | "CANCELLED" = "REJECTED",
) {
  const handler = isKind(request.kind) ? APPROVAL_REJECTION_HANDLERS[request.kind] : undefined;
  if (!handler) return;
  let payload: unknown;
  try {
    payload = JSON.parse(request.payload);
  } catch {
    return;
  }
  await handler(tx, payload, { status, ...who });
}

/** The requester withdraws their own pending request. */
export async function cancelApproval(
  db: Db,
  actor: Actor,
  id: string,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const done = await tx.approvalRequest.updateMany({
      where: { id, requestedById: actor.id, status: "PENDING" },
      data: { status: "CANCELLED", decidedById: actor.id, decidedAt: now },
    });
    if (done.count !== 1) throw new AppError("not_found", "No pending request of yours.");
    const request = await tx.approvalRequest.findUniqueOrThrow({ where: { id } });
    await runRejectionHandler(tx, request, { deciderId: actor.id, note: null }, "CANCELLED");
    await recordAudit(
      tx,
      actor,
      {
        action: "approval.cancel",
        entityType: "ApprovalRequest",
        entityId: id,
        before: { status: "PENDING" },
        after: { status: "CANCELLED" },
      },
      meta,
    );
    return { id };
  });
}
