import type { Channel } from "@/lib/generated/prisma/client";
import { planDays, sampleTimes, slotWeights, storeWeight } from "./demand";
import type { Env } from "./env";
import { writeOrder } from "./orders";
import type { StoreCtx } from "./stores";
import { ACTIVE, pickOutcome, planInFlight, planOrder, type Plan } from "./timeline";
import { localMinuteOfDay, localYymmdd } from "./time";

const CHANNELS: readonly (readonly [Channel, number])[] = [
  ["MEITUAN", 45],
  ["ELEME", 35],
  ["STOREFRONT", 15],
  ["PHONE", 5],
];

// Orders forced into each in-flight status right now, so the live board is never empty.
const IN_FLIGHT_PER_STATUS = 2;

/**
 * Generates the order history day by day (local days, oldest first), flushing as it goes so
 * memory stays flat for very large histories. Codes are W + yymmdd + the day's sequence.
 */
export async function generateHistory(
  env: Env,
  days: number,
  totalOrders: number,
  todayMidnight: number,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  const { rng, now } = env;
  const stores = env.geo.stores;
  const defs = stores.map((s) => s.def);
  const forced = Math.min(totalOrders, ACTIVE.length * IN_FLIGHT_PER_STATUS);
  const plans = planDays(rng, defs, todayMidnight, now, days, totalOrders - forced);
  let written = 0;
  for (const [index, day] of plans.entries()) {
    const isToday = day.midnight === todayMidnight;
    const until = isToday ? now : day.midnight + 86_400_000;
    const weights = slotWeights(defs, day.midnight, until);
    const entries: { at: number; plan: Plan | null }[] = sampleTimes(
      rng,
      weights,
      day.midnight,
      day.count,
      until,
    ).map((at) => ({ at, plan: null }));
    if (isToday) {
      for (let i = 0; i < forced; i++) {
        const plan = planInFlight(rng, now, i % ACTIVE.length);
        entries.push({ at: plan.steps[0]?.at ?? now, plan });
      }
      entries.sort((a, b) => a.at - b.at);
    }
    const yymmdd = localYymmdd(day.midnight + 12 * 3_600_000);
    let seq = 0;
    for (const entry of entries) {
      seq++;
      const code = `W${yymmdd}${String(seq).padStart(4, "0")}`;
      const minute = localMinuteOfDay(entry.at);
      const store = pickStore(env, stores, minute, entry.plan !== null);
      const channel = rng.weighted(CHANNELS);
      const auto = store.def.autoAccept[channel] === true;
      let plan = entry.plan;
      if (plan === null) {
        plan = planOrder(
          rng,
          entry.at,
          store.def.prepMinutes,
          auto,
          pickOutcome(rng),
          channel === "MEITUAN" || channel === "ELEME",
        );
      } else if (auto && plan.steps[1] !== undefined && plan.steps[1].at > now) {
        // An auto-accepting store would not leave an order waiting in PLACED; use manual channels.
        writeOrder(env, store, code, "PHONE", plan);
        continue;
      }
      writeOrder(env, store, code, channel, plan);
    }
    await env.w.maybeFlush();
    written += entries.length;
    if ((index + 1) % 10 === 0 && index + 1 < plans.length) {
      log(`${index + 1}/${plans.length} days, ${written} orders`);
    }
  }
  await env.w.flush();
}

function pickStore(
  env: Env,
  stores: readonly StoreCtx[],
  minute: number,
  forced: boolean,
): StoreCtx {
  const weighted = stores
    .map((s) => [s, storeWeight(s.def, minute)] as const)
    .filter(([, w]) => w > 0);
  if (weighted.length > 0) return env.rng.weighted(weighted);
  // In the small hours nobody is open; forced in-flight orders still need a kitchen.
  const fallback = forced ? stores[0] : env.rng.pick(stores);
  if (fallback === undefined) throw new Error("no stores");
  return fallback;
}
