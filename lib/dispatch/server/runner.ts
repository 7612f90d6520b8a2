import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { acquireSimulatorLease } from "@/lib/simulator/server/lease";
import { dispatchConfig } from "./config";
import { prunePositions, runDispatchTick } from "./tick";
import { log } from "@/lib/platform/log";

const LEASE = "dispatch";
const PRUNE_EVERY_MS = 10 * 60_000;
const state = globalThis as unknown as {
  dispatch?: { timer: NodeJS.Timeout; nudge: () => void };
};

/**
 * Starts the auto-assignment loop once per process. Only the instance holding the "dispatch"
 * lease plans, so several instances on one database never assign the same order twice.
 */
export function startDispatch(): void {
  const cfg = dispatchConfig();
  if (state.dispatch || !cfg.auto) return;
  const holder = randomUUID();
  const leaseMs = Math.max(30_000, cfg.intervalMs * 4);
  let running = false;
  let again = false;
  let lastPrune = 0;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const now = new Date();
    acquireSimulatorLease(db, holder, now, leaseMs, LEASE)
      .then(async (held) => {
        if (!held) return;
        await runDispatchTick(db, cfg, now);
        if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = now.getTime();
          await prunePositions(db, now, cfg.positionRetentionMs);
        }
      })
      .catch((error: unknown) => log.error("[dispatch] re-plan failed", error))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          setImmediate(tick);
        }
      });
  };
  const timer = setInterval(tick, cfg.intervalMs);
  timer.unref();
  state.dispatch = { timer, nudge: tick };
  setImmediate(tick);
  log.info(`[dispatch] auto-assignment on, ${cfg.mode} mode (DISPATCH_AUTO=off to stop)`);
}

/** Asks for a re-plan now (after a decline, a break, a new order); no-op when not running. */
export function nudgeDispatch(): void {
  state.dispatch?.nudge();
}
