import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { acquireRollupLease } from "@/lib/analytics/rollups/lease";
import { refreshRollups } from "@/lib/analytics/rollups/refresh";
import { log } from "@/lib/platform/log";

const TICK_MS = Number(process.env.ANALYTICS_REFRESH_MS ?? 10_000);
const LEASE_MS = 120_000;
const state = globalThis as unknown as { analyticsRollups?: NodeJS.Timeout };

/**
 * Starts the rollup refresh loop once per process: every tick, the instance holding the lease
 * folds the changes since the watermark into the rollups (the first tick on a database without
 * rollups builds them all).
 */
export function startAnalyticsRollups(): void {
  if (state.analyticsRollups) return;
  const holder = randomUUID();
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    const now = new Date();
    acquireRollupLease(db, holder, now, LEASE_MS)
      .then((held) => (held ? refreshRollups(db, now) : null))
      .catch((error: unknown) => log.error("[analytics] rollup refresh failed", error))
      .finally(() => {
        running = false;
      });
  };
  state.analyticsRollups = setInterval(tick, TICK_MS);
  state.analyticsRollups.unref();
  tick();
}
