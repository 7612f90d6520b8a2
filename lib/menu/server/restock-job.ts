import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { announceMenuChange } from "./notify";
import { log } from "@/lib/platform/log";

export const RESTOCK_LEASE = "menu-restock";

/** Takes or renews the restock job's lease; only one instance runs the job at a time. */
export async function acquireRestockLease(db: Db, holder: string, now: Date, ttlMs: number) {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.jobLease.updateMany({
    where: { name: RESTOCK_LEASE, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return true;
  try {
    await db.jobLease.create({ data: { name: RESTOCK_LEASE, holder, expiresAt } });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts back on sale every item and option whose sold-out time has passed (e.g. "until
 * tomorrow's opening"), and tells consoles and channels per store. Intake already treats a
 * past `soldOutUntil` as available; this job makes the menu and channels say so too.
 */
export async function restockDue(db: Db, now = new Date()): Promise<number> {
  const due = { soldOutUntil: { lte: now } };
  const [items, options] = await Promise.all([
    db.menuItem.findMany({ where: due, select: { id: true, storeId: true } }),
    db.menuOption.findMany({
      where: due,
      select: { id: true, group: { select: { item: { select: { storeId: true } } } } },
    }),
  ]);
  if (items.length === 0 && options.length === 0) return 0;
  const byStore = new Map<string, { itemIds: string[]; optionIds: string[] }>();
  const slot = (storeId: string) => {
    let s = byStore.get(storeId);
    if (!s) byStore.set(storeId, (s = { itemIds: [], optionIds: [] }));
    return s;
  };
  for (const i of items) slot(i.storeId).itemIds.push(i.id);
  for (const o of options) slot(o.group.item.storeId).optionIds.push(o.id);
  await db.$transaction(async (tx) => {
    // The conditions repeat `due` so an item re-marked sold out meanwhile stays sold out.
    await tx.menuItem.updateMany({
      where: { id: { in: items.map((i) => i.id) }, ...due },
      data: { soldOutUntil: null },
    });
    await tx.menuOption.updateMany({
      where: { id: { in: options.map((o) => o.id) }, ...due },
      data: { soldOutUntil: null },
    });
    for (const [storeId, ids] of byStore) {
      await announceMenuChange(tx, { storeId, reason: "restocked", ...ids }, now);
    }
  });
  return items.length + options.length;
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Runs the restock job every minute on the instance holding the lease. */
export function startRestockJob(db: Db, holder: string, everyMs = 60_000): void {
  if (timer) return;
  const tick = async () => {
    const now = new Date();
    try {
      if (await acquireRestockLease(db, holder, now, everyMs * 2)) await restockDue(db, now);
    } catch (error) {
      log.error("menu restock job failed", error);
    }
  };
  timer = setInterval(() => void tick(), everyMs);
  timer.unref?.();
  void tick();
}
