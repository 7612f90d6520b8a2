import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { findLowStock } from "@/lib/menu/server/low-stock";
import {
  findAttentionItems,
  type AttentionItem,
  type AttentionThresholds,
} from "@/lib/attention/domain/rules";

type Scope = { storeId?: { in: string[] } };

const OPEN = ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;
// Open orders older than this are history, not a queue to work through.
const LOOKBACK_MS = 24 * 60 * 60_000;

/** Everything needing attention now in the given store scope, most severe first. */
export async function findAttention(
  db: Db,
  scope: Scope,
  now = new Date(),
  limits?: AttentionThresholds,
): Promise<AttentionItem[]> {
  const [orders, stores, deliveries, stock] = await Promise.all([
    db.order.findMany({
      where: {
        ...scope,
        status: { in: [...OPEN] },
        placedAt: { gte: new Date(now.getTime() - LOOKBACK_MS) },
      },
      select: {
        id: true,
        code: true,
        storeId: true,
        status: true,
        version: true,
        placedAt: true,
        acceptedAt: true,
        readyAt: true,
        prepMinutes: true,
        promisedAt: true,
        estimatedAt: true,
        courierId: true,
      },
      // Newest first so a flood of stale rows cannot push out what just went wrong.
      orderBy: { placedAt: "desc" },
      take: 1000,
    }),
    db.store.findMany({
      where: { status: "PAUSED", ...(scope.storeId ? { id: scope.storeId } : {}) },
      select: {
        id: true,
        code: true,
        status: true,
        pausedReason: true,
        updatedAt: true,
        hours: { select: { dayOfWeek: true, opensAt: true, closesAt: true } },
      },
    }),
    db.webhookDelivery.findMany({
      where: {
        status: { not: "DELIVERED" },
        OR: [{ status: "FAILED" }, { attempts: { gte: limits?.webhookAttempts ?? 3 } }],
        createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS) },
        endpoint: scope,
      },
      select: {
        id: true,
        orderId: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        endpoint: { select: { storeId: true } },
      },
      take: 200,
    }),
    findLowStock(db, scope),
  ]);
  const webhooks = deliveries.map(({ endpoint, ...w }) => ({ ...w, storeId: endpoint.storeId }));
  return findAttentionItems({ orders, stores, webhooks, stock }, now, limits);
}
