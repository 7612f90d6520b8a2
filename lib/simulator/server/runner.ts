import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { demoApiKey } from "@/lib/seed/stores";
import { acquireSimulatorLease } from "./lease";
import type { PlaceOrder } from "./place";
import { runSimulatorTick } from "./tick";

const TICK_MS = 15_000;
const LEASE_MS = 60_000;
// The seed's fixed seed number; the demo API keys are derived from it.
const DEMO_SEED = 42;
const state = globalThis as unknown as { simulator?: NodeJS.Timeout };

/** Posts through the app's own public API, exactly as an ordering channel would. */
export function httpPlaceOrder(baseUrl: string): PlaceOrder {
  return async (request) => {
    const response = await fetch(`${baseUrl}/api/v1/orders`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${demoApiKey(DEMO_SEED, request.storeCode, request.channel)}`,
        "content-type": "application/json",
        "idempotency-key": request.idempotencyKey,
      },
      body: JSON.stringify(request.body),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  };
}

/**
 * Starts the demo simulator loop once per process. Only the instance holding the "simulator"
 * lease acts, so several instances on one database still simulate one business.
 */
export function startSimulator(baseUrl = `http://127.0.0.1:${process.env.PORT ?? "3000"}`): void {
  if (state.simulator) return;
  const holder = randomUUID();
  const placeOrder = httpPlaceOrder(baseUrl);
  let running = false;
  state.simulator = setInterval(() => {
    if (running) return;
    running = true;
    const now = new Date();
    acquireSimulatorLease(db, holder, now, LEASE_MS)
      .then((held) =>
        held
          ? runSimulatorTick(db, { now, tickMs: TICK_MS, random: Math.random, placeOrder })
          : null,
      )
      .catch((error: unknown) => console.error("[simulator] tick failed", error))
      .finally(() => {
        running = false;
      });
  }, TICK_MS);
  state.simulator.unref();
  console.log("[simulator] demo orders on (DEMO_SIMULATOR=off to stop)");
}
