import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { demoApiKey } from "@/lib/seed/stores";
import { acquireSimulatorLease } from "./lease";
import type { PlaceOrder } from "./place";
import { runSimulatorTick } from "./tick";
import { dispatchConfig } from "@/lib/dispatch/server/config";
import { runCourierTick, type CourierCall } from "./couriers";
import { log } from "@/lib/platform/log";

const TICK_MS = 15_000;
const COURIER_TICK_MS = 5_000;
const LEASE_MS = 60_000;
// The seed's fixed seed number; the demo API keys are derived from it.
const DEMO_SEED = 42;
const state = globalThis as unknown as { simulator?: NodeJS.Timeout; couriers?: NodeJS.Timeout };

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

/** Calls the courier API over HTTP with a courier's token, as the courier app does. */
export function httpCourierCall(baseUrl: string): CourierCall {
  return async (token, path, body) => {
    const response = await fetch(`${baseUrl}/api/v1/courier/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.body?.cancel();
    return response.status;
  };
}

/** Rides working couriers along their planned routes every few seconds (lease holder only). */
function startCourierDriver(baseUrl: string, holder: string): void {
  const cfg = dispatchConfig();
  const call = httpCourierCall(baseUrl);
  let running = false;
  state.couriers = setInterval(() => {
    if (running) return;
    running = true;
    const now = new Date();
    acquireSimulatorLease(db, holder, now, LEASE_MS)
      .then((held) =>
        held
          ? runCourierTick(db, {
              now,
              tickMs: COURIER_TICK_MS,
              speedKmh: cfg.live.speedKmh,
              seed: DEMO_SEED,
              call,
            })
          : null,
      )
      .catch((error: unknown) => log.error("[simulator] courier tick failed", error))
      .finally(() => {
        running = false;
      });
  }, COURIER_TICK_MS);
  state.couriers.unref();
}

/**
 * Starts the demo simulator loop once per process. Only the instance holding the "simulator"
 * lease acts, so several instances on one database still simulate one business.
 */
export function startSimulator(baseUrl = `http://127.0.0.1:${process.env.PORT ?? "3000"}`): void {
  if (state.simulator) return;
  const holder = randomUUID();
  const placeOrder = httpPlaceOrder(baseUrl);
  // With auto-dispatch on, couriers ride their planned routes; otherwise the old shortcut.
  const couriersDriven = dispatchConfig().auto;
  if (couriersDriven) startCourierDriver(baseUrl, holder);
  let running = false;
  state.simulator = setInterval(() => {
    if (running) return;
    running = true;
    const now = new Date();
    acquireSimulatorLease(db, holder, now, LEASE_MS)
      .then((held) =>
        held
          ? runSimulatorTick(db, {
              now,
              tickMs: TICK_MS,
              random: Math.random,
              placeOrder,
              couriersDriven,
            })
          : null,
      )
      .catch((error: unknown) => log.error("[simulator] tick failed", error))
      .finally(() => {
        running = false;
      });
  }, TICK_MS);
  state.simulator.unref();
  log.info("[simulator] demo orders on (DEMO_SIMULATOR=off to stop)");
}
