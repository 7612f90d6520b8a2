import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
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
 * A reused key with a different request is refused (422). The claim, the work and the stored
 * response are separate writes: for work that writes the database, prefer
 * `withIdempotentTransaction`, which survives a crash between them.
 */
export async function withIdempotency(
  db: Db,
  options: IdempotencyOptions,
  run: () => Promise<StoredResponse>,
  now = new Date(),
): Promise<StoredResponse & { replayed: boolean }> {
  const hash = requestHash(options.request);
  const claim = await claimKey(db, options, hash, now, null);
  if ("replayed" in claim) return claim;
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await releaseClaim(db, options, claim.claimedAt);
    throw error;
  }
  if (RETRYABLE.has(response.status)) await releaseClaim(db, options, claim.claimedAt);
  else await storeResponse(db, options, claim.claimedAt, response);
  return { ...response, replayed: false };
}

/** A claim older than this without a response was left by a crashed request. */
export const STALE_CLAIM_MS = 20_000;

class ClaimLost extends Error {}

/**
 * Like `withIdempotency`, but `run` gets a transaction and the response is stored in that same
 * transaction, so the work and its remembered answer commit together or not at all. A claim
 * left without a response (the process died, or the database restarted, mid-request) therefore
 * means nothing was written: after `staleMs` a retry with the same key takes it over and runs
 * again, instead of being refused until the key expires. The claim row is locked and checked
 * first inside the transaction, so a slow original and a takeover can never both commit.
 * `refusal` turns an error thrown by `run` (rolled back) into a response to remember, e.g. a
 * 4xx problem; other errors release the claim and propagate.
 */
export async function withIdempotentTransaction(
  db: Db,
  options: IdempotencyOptions & { staleMs?: number },
  run: (tx: Prisma.TransactionClient) => Promise<StoredResponse>,
  refusal: (error: unknown) => StoredResponse | null = () => null,
  now = new Date(),
): Promise<StoredResponse & { replayed: boolean }> {
  const hash = requestHash(options.request);
  const staleMs = options.staleMs ?? STALE_CLAIM_MS;
  const claim = await claimKey(db, options, hash, now, staleMs);
  if ("replayed" in claim) return claim;
  const mine = { scope: options.scope, key: options.key, createdAt: claim.claimedAt };
  let response: StoredResponse;
  try {
    response = await db.$transaction(async (tx) => {
      const held = await tx.idempotencyKey.updateMany({
        where: { ...mine, responseStatus: null },
        data: { requestHash: hash },
      });
      if (held.count !== 1) throw new ClaimLost();
      const result = await run(tx);
      if (!RETRYABLE.has(result.status)) {
        await tx.idempotencyKey.updateMany({
          where: mine,
          data: { responseStatus: result.status, responseBody: JSON.stringify(result.body) },
        });
      }
      return result;
    });
  } catch (error) {
    // Taken over as stale while we waited: the new owner's answer is the answer.
    if (error instanceof ClaimLost) {
      return withIdempotentTransaction(db, options, run, refusal, now);
    }
    const refused = refusal(error);
    if (!refused || RETRYABLE.has(refused.status)) {
      await releaseClaim(db, options, claim.claimedAt);
      if (refused) return { ...refused, replayed: false };
      throw error;
    }
    response = refused;
    await storeResponse(db, options, claim.claimedAt, response);
    return { ...response, replayed: false };
  }
  if (RETRYABLE.has(response.status)) await releaseClaim(db, options, claim.claimedAt);
  return { ...response, replayed: false };
}

type Claimed = { claimedAt: Date };
type Replayed = StoredResponse & { replayed: true };

/** Inserts the claim row, or replays the key's stored response (waiting for it if needed). */
async function claimKey(
  db: Db,
  options: IdempotencyOptions,
  hash: string,
  now: Date,
  staleMs: number | null,
): Promise<Claimed | Replayed> {
  const claimedAt = new Date(now);
  try {
    await db.idempotencyKey.create({
      data: {
        scope: options.scope,
        key: options.key,
        requestHash: hash,
        createdAt: claimedAt,
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? DAY)),
      },
    });
    return { claimedAt };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // An expired key is free again: drop it and claim it afresh.
  const expired = await db.idempotencyKey.deleteMany({
    where: { scope: options.scope, key: options.key, expiresAt: { lt: now } },
  });
  if (expired.count > 0) return claimKey(db, options, hash, now, staleMs);
  return replay(db, options, hash, now, staleMs);
}

/** Deletes our own claim (only ours: a takeover may have replaced it). */
async function releaseClaim(db: Db, options: IdempotencyOptions, claimedAt: Date) {
  await db.idempotencyKey
    .deleteMany({
      where: { scope: options.scope, key: options.key, createdAt: claimedAt, responseStatus: null },
    })
    .catch(() => undefined);
}

async function storeResponse(
  db: Db,
  options: IdempotencyOptions,
  claimedAt: Date,
  response: StoredResponse,
) {
  await db.idempotencyKey.updateMany({
    where: { scope: options.scope, key: options.key, createdAt: claimedAt },
    data: { responseStatus: response.status, responseBody: JSON.stringify(response.body) },
  });
}

/**
 * Waits for the stored response of a key claimed by another request. With `staleMs`, a claim
 * that stays without a response past that age is taken over (deleted and claimed again), and
 * the caller gets the new claim.
 */
async function replay(
  db: Db,
  options: IdempotencyOptions,
  hash: string,
  now: Date,
  staleMs: number | null,
): Promise<Claimed | Replayed> {
  const where = { scope_key: { scope: options.scope, key: options.key } };
  const started = Date.now();
  const deadline = started + (options.waitMs ?? 10_000);
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
    const age = now.getTime() + (Date.now() - started) - (row?.createdAt.getTime() ?? 0);
    if (row && staleMs !== null && age > staleMs) {
      await db.idempotencyKey.deleteMany({ where: { id: row.id, responseStatus: null } });
      return claimKey(db, options, hash, now, staleMs);
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
