import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";

/**
 * Puts a failing webhook delivery back in the queue for an attempt now; the delivery worker
 * picks it up on its next tick. Scoped through the endpoint's store.
 */
export async function retryWebhook(
  db: Db,
  actor: Actor,
  deliveryId: string,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string; nextAttemptAt: Date }> {
  const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  return db.$transaction(async (tx) => {
    const row = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpoint: scope },
      select: { id: true, status: true, attempts: true, nextAttemptAt: true, endpoint: true },
    });
    if (!row) throw new AppError("not_found", "Webhook delivery not found.");
    if (row.status === "DELIVERED" || row.status === "SENDING") {
      throw new AppError("conflict", "This delivery is not waiting for a retry.");
    }
    await tx.webhookDelivery.update({
      where: { id: row.id },
      data: { status: "RETRYING", nextAttemptAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "webhook.retry",
        entityType: "WebhookDelivery",
        entityId: row.id,
        storeId: row.endpoint.storeId,
        before: { status: row.status, nextAttemptAt: row.nextAttemptAt },
        after: { status: "RETRYING", nextAttemptAt: now },
      },
      meta,
    );
    return { id: row.id, nextAttemptAt: now };
  });
}
