import type { Db } from "@/lib/platform/db-client";
import { signatureHeader } from "./sign";

export type FetchImpl = typeof fetch;

export type DeliveryOptions = {
  limit?: number;
  timeoutMs?: number;
  maxAttempts?: number;
  /** Delay before the second attempt; each later one doubles it, up to an hour. */
  baseDelayMs?: number;
};

export type DeliveryReport = { delivered: number; retrying: number; failed: number };

const MAX_DELAY_MS = 60 * 60_000;

/** Backoff before attempt n+1 after n failed attempts. */
export function retryDelayMs(attempts: number, baseDelayMs = 30_000): number {
  return Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

async function send(
  fetchImpl: FetchImpl,
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
) {
  try {
    const res = await fetchImpl(url, {
      method: "POST",
      body,
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the connection can be reused; its content is not needed.
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status, error: res.ok ? null : `HTTP ${res.status}` };
  } catch (error) {
    return {
      status: null,
      error: error instanceof Error ? error.message.slice(0, 300) : "send failed",
    };
  }
}

/**
 * Sends due webhook deliveries, signed, one attempt each. A delivery is claimed with a
 * conditional update first, so two workers never send the same attempt; failures are retried
 * with exponential backoff until `maxAttempts`, and every outcome stays in the delivery log.
 */
export async function deliverPendingWebhooks(
  db: Db,
  fetchImpl: FetchImpl,
  now = new Date(),
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const { limit = 50, timeoutMs = 5000, maxAttempts = 8, baseDelayMs = 30_000 } = options;
  const due = await db.webhookDelivery.findMany({
    // A SENDING row whose lease ran out belongs to a worker that died mid-attempt.
    where: { status: { in: ["PENDING", "RETRYING", "SENDING"] }, nextAttemptAt: { lte: now } },
    include: { endpoint: { select: { url: true, secret: true, active: true } } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  for (const d of due) {
    const claimed = await db.webhookDelivery.updateMany({
      where: { id: d.id, status: d.status, attempts: d.attempts },
      data: {
        status: "SENDING",
        attempts: { increment: 1 },
        nextAttemptAt: new Date(now.getTime() + Math.max(60_000, 2 * timeoutMs)),
      },
    });
    if (claimed.count === 0) continue;
    const attempts = d.attempts + 1;
    const result = d.endpoint.active
      ? await send(
          fetchImpl,
          d.endpoint.url,
          d.payload,
          {
            "content-type": "application/json",
            "x-signature": signatureHeader(
              d.endpoint.secret,
              d.payload,
              Math.floor(now.getTime() / 1000),
            ),
            "x-webhook-id": d.id,
            "x-webhook-event": d.event,
          },
          timeoutMs,
        )
      : { status: null, error: "endpoint disabled" };
    const ok = result.error === null;
    const status = ok
      ? "DELIVERED"
      : attempts >= maxAttempts || !d.endpoint.active
        ? "FAILED"
        : "RETRYING";
    await db.webhookDelivery.update({
      where: { id: d.id },
      data: {
        status,
        responseStatus: result.status,
        lastError: result.error,
        deliveredAt: ok ? new Date() : null,
        nextAttemptAt: ok ? now : new Date(now.getTime() + retryDelayMs(attempts, baseDelayMs)),
      },
    });
    report[ok ? "delivered" : status === "FAILED" ? "failed" : "retrying"]++;
  }
  return report;
}
