// Scheduled vs actual presence of a courier, for the dispatch page. Pure: no Prisma, no Next.

/** A courier's shift as scheduled on the team page, or started ad hoc from the courier app. */
export type ShiftTimes = {
  startsAt: Date;
  endsAt: Date;
  clockInAt: Date | null;
  clockOutAt: Date | null;
};

/**
 * ON_SHIFT: scheduled and working; UNSCHEDULED: working without a schedule (ad-hoc shift);
 * LATE: scheduled now (past the grace period) but not on shift; DUE: scheduled, starting
 * within the look-ahead or the grace period, not yet on shift; OFF: none of these.
 */
export type CourierPresence = "ON_SHIFT" | "UNSCHEDULED" | "LATE" | "DUE" | "OFF";

export const PRESENCE_GRACE_MS = 10 * 60_000;
export const PRESENCE_LOOKAHEAD_MS = 2 * 3_600_000;

/**
 * An ad-hoc shift is the one the courier API creates when no schedule exists: it starts the
 * instant it is clocked into. A scheduled one was written before, with its own start.
 */
export function isAdHocShift(shift: ShiftTimes): boolean {
  return shift.clockInAt !== null && shift.clockInAt.getTime() === shift.startsAt.getTime();
}

/** The shift that matters now: the open one if clocked in, else the next scheduled one. */
export function relevantShift<S extends ShiftTimes>(shifts: S[], now: Date): S | null {
  const open = shifts.find((s) => s.clockInAt !== null && s.clockOutAt === null);
  if (open) return open;
  const horizon = now.getTime() + PRESENCE_LOOKAHEAD_MS;
  const waiting = shifts
    .filter(
      (s) =>
        s.clockInAt === null &&
        s.endsAt.getTime() > now.getTime() &&
        s.startsAt.getTime() < horizon,
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return waiting[0] ?? null;
}

/** Classifies one courier from the app's status (OFFLINE = off shift) and their relevant shift. */
export function courierPresence(
  working: boolean,
  shift: ShiftTimes | null,
  now: Date,
): CourierPresence {
  if (working) {
    const scheduled = shift !== null && shift.clockInAt !== null && !isAdHocShift(shift);
    return scheduled ? "ON_SHIFT" : "UNSCHEDULED";
  }
  if (!shift || shift.clockInAt !== null) return "OFF";
  if (shift.endsAt.getTime() <= now.getTime()) return "OFF";
  return shift.startsAt.getTime() + PRESENCE_GRACE_MS < now.getTime() ? "LATE" : "DUE";
}
