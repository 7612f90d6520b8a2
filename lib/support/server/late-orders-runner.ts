import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { acquireSimulatorLease } from "@/lib/simulator/server/lease";
import { sweepLateOrders } from "./late-orders";
import { log } from "@/lib/platform/log";

const LEASE = "support-late-orders";
const EVERY_MS = 60_000;
const state = globalThis as unknown as { supportLateOrders?: NodeJS.Timeout };

/** Sweeps late orders once a minute; only the instance holding the lease does the work. */
export function startLateOrderTickets(): void {
  if (state.supportLateOrders) return;
  const holder = randomUUID();
  const tick = () => {
    const now = new Date();
    acquireSimulatorLease(db, holder, now, EVERY_MS * 3, LEASE)
      .then((held) => (held ? sweepLateOrders(db, now) : null))
      .catch((error: unknown) => log.error("[support] late-order sweep failed", error));
  };
  state.supportLateOrders = setInterval(tick, EVERY_MS);
  state.supportLateOrders.unref();
  setImmediate(tick);
}
