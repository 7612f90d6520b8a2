import "server-only";
import type { Db } from "@/lib/platform/db-client";

export const LEASE_NAME = "simulator";

/**
 * Takes or renews a single-instance job lease (the simulator's by default); true when this holder has it until
 * `now + ttlMs`. A conditional update means two instances can never both win the same lease.
 */
export async function acquireSimulatorLease(
  db: Db,
  holder: string,
  now: Date,
  ttlMs: number,
  name: string = LEASE_NAME,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.jobLease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return true;
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch {
    // Someone else holds a live lease (the row exists and is not ours).
    return false;
  }
}
