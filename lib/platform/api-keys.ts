import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "./db-client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";

/** The caller behind an API key: one store and one ordering channel. */
export type ApiPrincipal = { keyId: string; storeId: string; channel: Channel };

function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The public lookup prefix of a key, as the seed and key issuance store it. */
export function apiKeyPrefix(key: string): string {
  return `wk_${sha256Hex(key).slice(0, 12)}`;
}

// Writing lastUsedAt on every call would add a write to each request; once a minute is enough
// to show which integrations are alive.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves `Authorization: Bearer <key>` to its store and channel. The row is found by prefix,
 * then the full hash is compared in constant time; every failure reads the same.
 */
export async function authenticateApiKey(
  db: Db,
  authorization: string | null,
  now = new Date(),
): Promise<ApiPrincipal> {
  const denied = new AppError(
    "unauthenticated",
    "A valid API key is required (Authorization: Bearer <key>).",
  );
  const match = /^Bearer\s+(\S{8,200})$/i.exec(authorization?.trim() ?? "");
  const key = match?.[1];
  if (!key) throw denied;
  const hash = sha256Hex(key);
  const row = await db.apiKey.findUnique({ where: { prefix: `wk_${hash.slice(0, 12)}` } });
  if (!row || row.revokedAt) throw denied;
  const expected = Buffer.from(row.keyHash, "hex");
  const actual = Buffer.from(hash, "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw denied;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { keyId: row.id, storeId: row.storeId, channel: row.channel };
}
