import { createHash } from "node:crypto";
import type { CourierStatus, Vehicle } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { GRID_ZONES, round6 } from "./geography";
import { chineseName, type PhoneBook } from "./names";
import { Rng } from "./prng";
import { DAY, HOUR, localMidnight, MINUTE } from "./time";
import type { Writer } from "./writer";

export type CourierCtx = {
  id: string;
  active: boolean;
  code: string;
  capacity: number;
  homeZone: number;
  shiftStart: number | null;
  // in-flight work right now: where the courier is heading next
  pickups: { lat: number; lng: number }[];
  dropoffs: { lat: number; lng: number; fromLat: number; fromLng: number }[];
};

export type CourierPool = {
  list: CourierCtx[];
  /** Any courier, usually one based in the order's zone (historical orders). */
  pickAny(rng: Rng, zoneIndex: number): CourierCtx;
  /** An on-shift courier with spare capacity, or undefined when everyone is full. */
  pickOnShift(rng: Rng): CourierCtx | undefined;
};

const VEHICLES: readonly (readonly [Vehicle, number])[] = [
  ["E_BIKE", 70],
  ["SCOOTER", 15],
  ["BICYCLE", 10],
  ["CAR", 5],
];

function zoneCentre(index: number): { lat: number; lng: number } {
  const z = GRID_ZONES[index] ?? GRID_ZONES[0];
  const sw = z?.polygon[0] ?? [121.43, 31.19];
  const ne = z?.polygon[2] ?? [121.44, 31.2];
  return { lng: (sw[0] + ne[0]) / 2, lat: (sw[1] + ne[1]) / 2 };
}

/** A courier's app token (only its hash is stored), recomputable from the seed like API keys. */
export function demoCourierToken(seed: number, courierCode: string): string {
  return `wkc_${courierCode.toLowerCase()}_${Rng.stream(seed, `courier-token:${courierCode}`).hex(24)}`;
}

/** 45 couriers, their shifts over the past days, and today's shift for those working now. */
export function seedCouriers(
  w: Writer,
  rng: Rng,
  now: Date,
  gridZoneIds: readonly string[],
  phones: PhoneBook,
  historyDays: number,
  seed: number,
): CourierPool {
  const n = now.getTime();
  const today = localMidnight(n);
  const list: CourierCtx[] = [];
  for (let i = 1; i <= 45; i++) {
    const id = rng.id("r");
    const code = `C${String(i).padStart(2, "0")}`;
    const vehicle = rng.weighted(VEHICLES);
    const capacity = vehicle === "CAR" ? 5 : vehicle === "BICYCLE" ? 3 : rng.int(3, 5);
    const homeZone = (i - 1) % GRID_ZONES.length;
    // The last two riders have left the fleet: kept for history, never on shift.
    const active = i <= 43;
    const token = demoCourierToken(seed, code);
    w.push("courier", {
      id,
      code,
      name: chineseName(rng),
      phone: phones.next(),
      vehicle,
      capacity,
      apiTokenHash: createHash("sha256").update(token).digest("hex"),
      homeZoneId: gridZoneIds[homeZone] ?? null,
      active,
      createdAt: new Date(n - rng.int(30, 300) * DAY),
    });
    // At least two thirds of the active fleet is working whatever the hour, so dispatch has riders.
    const onShift = active && (i <= 15 || rng.chance(0.5));
    const ctx: CourierCtx = {
      id,
      active,
      code,
      capacity,
      homeZone,
      shiftStart: null,
      pickups: [],
      dropoffs: [],
    };
    if (onShift) {
      const start = n - rng.int(60, 300) * MINUTE;
      ctx.shiftStart = start;
      w.push("courierShift", {
        id: rng.id("t"),
        courierId: id,
        startsAt: new Date(start),
        endsAt: new Date(n + rng.int(1, 4) * HOUR),
        clockInAt: new Date(start + rng.int(-5, 8) * MINUTE),
      });
    }
    for (let d = Math.min(historyDays, 14); d >= 1; d--) {
      if (!active || rng.chance(0.25)) continue;
      const [from, to] = rng.pick([
        [600, 870],
        [990, 1320],
        [630, 1230],
        [1080, 1560],
      ] as const);
      const start = today - d * DAY + from * MINUTE;
      const end = today - d * DAY + to * MINUTE;
      w.push("courierShift", {
        id: rng.id("t"),
        courierId: id,
        startsAt: new Date(start),
        endsAt: new Date(end),
        clockInAt: new Date(start + rng.int(-6, 10) * MINUTE),
        clockOutAt: new Date(end + rng.int(-10, 20) * MINUTE),
      });
    }
    list.push(ctx);
  }
  const byZone = GRID_ZONES.map((_, z) => list.filter((c) => c.homeZone === z && c.active));
  const working = list.filter((c) => c.shiftStart !== null);
  return {
    list,
    pickAny(r, zoneIndex) {
      const pool = r.chance(0.65) ? (byZone[zoneIndex] ?? list) : list;
      return r.pick(pool.length > 0 ? pool : list);
    },
    pickOnShift(r) {
      const free = working.filter((c) => c.pickups.length + c.dropoffs.length < c.capacity);
      return free.length === 0 ? undefined : r.pick(free);
    },
  };
}

/** Sets each courier's live status and position, with a GPS trail for today's workers. */
export async function finalizeCouriers(
  db: Db,
  w: Writer,
  rng: Rng,
  now: Date,
  pool: CourierPool,
): Promise<void> {
  const n = now.getTime();
  for (const c of pool.list) {
    if (c.shiftStart === null) continue;
    const status: CourierStatus =
      c.dropoffs.length > 0
        ? "TO_DROPOFF"
        : c.pickups.length > 0
          ? "TO_PICKUP"
          : rng.chance(0.12)
            ? "BREAK"
            : "AVAILABLE";
    const drop = c.dropoffs[0];
    const centre = zoneCentre(c.homeZone);
    // Where the courier is now: part-way to the customer, near a store, or idling in the home zone.
    const end =
      drop !== undefined
        ? {
            lat: drop.fromLat + (drop.lat - drop.fromLat) * 0.6,
            lng: drop.fromLng + (drop.lng - drop.fromLng) * 0.6,
          }
        : (c.pickups[0] ?? {
            lat: centre.lat + rng.float(-0.004, 0.004),
            lng: centre.lng + rng.float(-0.004, 0.004),
          });
    const from = Math.max(c.shiftStart, n - 40 * MINUTE);
    const steps = Math.max(2, Math.floor((n - from) / (2 * MINUTE)));
    let lat = centre.lat + rng.float(-0.006, 0.006);
    let lng = centre.lng + rng.float(-0.006, 0.006);
    for (let s = 0; s <= steps; s++) {
      // Drift towards the current position, with jitter: a plausible city-street trail.
      const k = s / steps;
      lat = lat + (end.lat - lat) * k * 0.5 + rng.float(-0.0004, 0.0004);
      lng = lng + (end.lng - lng) * k * 0.5 + rng.float(-0.0004, 0.0004);
      if (s === steps) {
        lat = end.lat;
        lng = end.lng;
      }
      const recordedAt = from + ((n - 15_000 - from) * s) / steps;
      w.push("courierPosition", {
        id: rng.id("x"),
        courierId: c.id,
        lat: round6(lat),
        lng: round6(lng),
        speedMps: status === "BREAK" ? 0 : round6(rng.float(2, 7)),
        recordedAt: new Date(recordedAt),
        receivedAt: new Date(recordedAt + rng.int(200, 2500)),
      });
    }
    await db.courier.update({
      where: { id: c.id },
      data: {
        status,
        lastLat: round6(lat),
        lastLng: round6(lng),
        lastPingAt: new Date(n - 15_000),
      },
    });
  }
  await w.flush();
}
