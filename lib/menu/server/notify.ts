import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/platform/events";

type Tx = Prisma.TransactionClient;

export type MenuChange = {
  storeId: string;
  reason: "sold_out" | "restocked" | "edited" | "imported" | "stock";
  itemIds: string[];
  optionIds?: string[];
};

/**
 * Announces a menu change inside its transaction: a `menu.updated` live event for consoles
 * and one `menu.updated` webhook per active endpoint of the store, so every channel pulls
 * the change (sold out, back, price) exactly when it committed.
 */
export async function announceMenuChange(
  tx: Tx,
  change: MenuChange,
  now = new Date(),
): Promise<void> {
  await publishEvent(tx, { topic: "menu.updated", storeId: change.storeId, payload: change });
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { storeId: change.storeId, active: true },
    select: { id: true },
  });
  if (endpoints.length === 0) return;
  const payload = JSON.stringify({
    event: "menu.updated",
    occurredAt: now.toISOString(),
    data: change,
  });
  await tx.webhookDelivery.createMany({
    data: endpoints.map((e) => ({
      endpointId: e.id,
      event: "menu.updated",
      payload,
      nextAttemptAt: now,
    })),
  });
}
