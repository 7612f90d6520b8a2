import "server-only";
import { DEFAULT_LIVE_SETTINGS, type LiveSettings } from "@/lib/dispatch/live/types";

export type DispatchMode = "assign" | "offer";

export type DispatchConfig = {
  /** Auto-assignment loop on (default) or off (`DISPATCH_AUTO=off`). */
  auto: boolean;
  /** `assign` gives orders to couriers outright; `offer` sends offers that expire. */
  mode: DispatchMode;
  intervalMs: number;
  offerTtlMs: number;
  /** Orders whose food is ready within this horizon are planned. */
  readyHorizonMs: number;
  /** How long position history is kept before the prune job deletes it. */
  positionRetentionMs: number;
  planTimeLimitMs: number;
  live: LiveSettings;
};

function num(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const v = raw === undefined || raw === "" ? NaN : Number(raw);
  return Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

/** Dispatch settings from the environment, each with a safe default and range. */
export function dispatchConfig(): DispatchConfig {
  return {
    auto: process.env.DISPATCH_AUTO !== "off",
    mode: process.env.DISPATCH_MODE === "offer" ? "offer" : "assign",
    intervalMs: num("DISPATCH_INTERVAL_MS", 5_000, 500, 600_000),
    offerTtlMs: num("DISPATCH_OFFER_TTL_SECONDS", 90, 10, 3_600) * 1000,
    readyHorizonMs: num("DISPATCH_READY_HORIZON_MINUTES", 30, 0, 24 * 60) * 60_000,
    positionRetentionMs: num("COURIER_POSITION_RETENTION_HOURS", 72, 1, 24 * 365) * 3_600_000,
    planTimeLimitMs: num("DISPATCH_PLAN_MS", 300, 10, 10_000),
    live: {
      ...DEFAULT_LIVE_SETTINGS,
      speedKmh: num("DISPATCH_SPEED_KMH", DEFAULT_LIVE_SETTINGS.speedKmh, 1, 200),
    },
  };
}
