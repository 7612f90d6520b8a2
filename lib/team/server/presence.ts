import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { CourierStatus } from "@/lib/generated/prisma/enums";
import {
  courierPresence,
  PRESENCE_LOOKAHEAD_MS,
  relevantShift,
  type CourierPresence,
} from "../domain/presence";
import { findOnDutyStaff, type OnDutyStaff } from "./shifts";

export type CourierPresenceRow = {
  id: string;
  code: string;
  name: string;
  status: CourierStatus;
  presence: CourierPresence;
  /** The scheduled shift (null for an ad-hoc one or none). */
  scheduledFrom: Date | null;
  scheduledTo: Date | null;
  /** When the courier app started the current shift. */
  onShiftSince: Date | null;
};

export type DispatchPresence = {
  dispatchers: OnDutyStaff[];
  couriers: CourierPresenceRow[];
  counts: Record<CourierPresence, number>;
};

const ORDER: CourierPresence[] = ["LATE", "DUE", "ON_SHIFT", "UNSCHEDULED", "OFF"];

/**
 * Who is on duty for dispatch now: clocked-in dispatchers, and couriers scheduled around now
 * (team shifts page) next to those actually on shift (courier app). Couriers serve every store.
 */
export async function findDispatchPresence(db: Db, now = new Date()): Promise<DispatchPresence> {
  const horizon = new Date(now.getTime() + PRESENCE_LOOKAHEAD_MS);
  const shiftWhere = {
    OR: [
      { clockInAt: { not: null }, clockOutAt: null },
      { clockInAt: null, startsAt: { lt: horizon }, endsAt: { gt: now } },
    ],
  };
  const [dispatchers, couriers] = await Promise.all([
    findOnDutyStaff(db, { role: "DISPATCHER" }),
    db.courier.findMany({
      where: {
        active: true,
        OR: [{ status: { not: "OFFLINE" } }, { shifts: { some: shiftWhere } }],
      },
      orderBy: { code: "asc" },
      take: 300,
      select: {
        id: true,
        code: true,
        name: true,
        status: true,
        shifts: {
          where: shiftWhere,
          select: { startsAt: true, endsAt: true, clockInAt: true, clockOutAt: true },
        },
      },
    }),
  ]);
  const counts: Record<CourierPresence, number> = {
    ON_SHIFT: 0,
    UNSCHEDULED: 0,
    LATE: 0,
    DUE: 0,
    OFF: 0,
  };
  const rows = couriers.flatMap((c): CourierPresenceRow[] => {
    const shift = relevantShift(c.shifts, now);
    const presence = courierPresence(c.status !== "OFFLINE", shift, now);
    if (presence === "OFF") return [];
    counts[presence] += 1;
    const scheduled = presence !== "UNSCHEDULED" && shift !== null;
    return [
      {
        id: c.id,
        code: c.code,
        name: c.name,
        status: c.status,
        presence,
        scheduledFrom: scheduled ? shift.startsAt : null,
        scheduledTo: scheduled ? shift.endsAt : null,
        onShiftSince:
          presence === "ON_SHIFT" || presence === "UNSCHEDULED" ? (shift?.clockInAt ?? null) : null,
      },
    ];
  });
  rows.sort(
    (a, b) => ORDER.indexOf(a.presence) - ORDER.indexOf(b.presence) || a.code.localeCompare(b.code),
  );
  return { dispatchers, couriers: rows, counts };
}
