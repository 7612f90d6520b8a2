import type { Db } from "@/lib/platform/db-client";

export const ROLLUP_LEASE = "analytics-rollups";

/**
 * Takes or renews the rollup job's lease; true when `holder` has it until `now + ttlMs`. A
 * conditional update means two instances never refresh at the same time.
 */
export async function acquireRollupLease(
  db: Db,
  holder: string,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.jobLease.updateMany({
    where: { name: ROLLUP_LEASE, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return true;
  try {
    await db.jobLease.create({ data: { name: ROLLUP_LEASE, holder, expiresAt } });
    return true;
  } catch {
    // Another instance holds a live lease.
    return false;
  }
}
