import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  storeId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row; call it inside the transaction of the mutation it records. */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  entry: AuditEntry,
  meta?: { ip: string; userAgent: string | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      storeId: entry.storeId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      ip: meta?.ip ?? null,
      userAgent: meta?.userAgent?.slice(0, 300) ?? null,
    },
  });
}
