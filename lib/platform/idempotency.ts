import { createHash } from "node:crypto";
import type { Db } from "./db-client";
import { AppError } from "./errors";

/** A response worth replaying: status and JSON body. */
export type StoredResponse = { status: number; body: unknown };

export type IdempotencyOptions = {
  scope: string;
  key: string;
  /** Canonical request text; a reused key must come with the same one. */
  request: string;
  ttlMs?: number;
  /** How long a duplicate waits for the first request to finish before giving up. */
  waitMs?: number;
};

const DAY = 86_400_000;
// Outcomes a retry might change (races, throttling, outages) are not remembered.
const RETRYABLE = new Set([409, 429, 500, 503]);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** sha256 hex of a request's canonical text. */
export function requestHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Runs `run` at most once per (scope, key). The first request claims the key with a unique
 * insert, so concurrent duplicates cannot both run; they wait and replay the stored response.
 * A reused key with a different request is refused (422).
 */
export async function withIdempotency(
  db: Db,
  options: IdempotencyOptions,
  run: () => Promise<StoredResponse>,
  now = new Date(),
): Promise<StoredResponse & { replayed: boolean }> {
  const hash = requestHash(options.request);
  const where = { scope_key: { scope: options.scope, key: options.key } };
  try {
    await db.idempotencyKey.create({
      data: {
        scope: options.scope,
        key: options.key,
        requestHash: hash,
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? DAY)),
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // An expired key is free again: drop it and claim it afresh.
    const expired = await db.idempotencyKey.deleteMany({
      where: { scope: options.scope, key: options.key, expiresAt: { lt: now } },
    });
    if (expired.count > 0) return withIdempotency(db, options, run, now);
    return replay(db, where, hash, options.waitMs ?? 10_000);
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await db.idempotencyKey.delete({ where }).catch(() => undefined);
    throw error;
  }
  if (RETRYABLE.has(response.status)) {
    await db.idempotencyKey.delete({ where });
  } else {
    await db.idempotencyKey.update({
      where,
      data: { responseStatus: response.status, responseBody: JSON.stringify(response.body) },
    });
  }
  return { ...response, replayed: false };
}

async function replay(
  db: Db,
  where: { scope_key: { scope: string; key: string } },
  hash: string,
  waitMs: number,
): Promise<StoredResponse & { replayed: boolean }> {
  const deadline = Date.now() + waitMs;
  for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
    const row = await db.idempotencyKey.findUnique({ where });
    if (row && row.requestHash !== hash) {
      throw new AppError(
        "validation",
        "This Idempotency-Key was already used with a different request body.",
        { fields: { "Idempotency-Key": ["Reused with a different body."] } },
      );
    }
    if (row?.responseStatus != null && row.responseBody != null) {
      return { status: row.responseStatus, body: JSON.parse(row.responseBody), replayed: true };
    }
    if (!row || Date.now() > deadline) {
      // Either the first attempt failed in a retryable way (its claim is gone) or it is slow.
      throw new AppError(
        "conflict",
        "A request with this Idempotency-Key is still in progress or failed; retry.",
      );
    }
    await sleep(delay);
  }
}
