import { describe, expect, it } from "vitest";
import { courierPresence, isAdHocShift, relevantShift, type ShiftTimes } from "./presence";

const now = new Date("2026-11-25T10:00:00Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);
const shift = (from: number, to: number, inAt: number | null = null, out: number | null = null) =>
  ({
    startsAt: at(from),
    endsAt: at(to),
    clockInAt: inAt === null ? null : at(inAt),
    clockOutAt: out === null ? null : at(out),
  }) satisfies ShiftTimes;

describe("courier presence", () => {
  it("tells a scheduled shift clocked into from an ad-hoc one started in the app", () => {
    expect(isAdHocShift(shift(-30, 200, -28))).toBe(false);
    expect(isAdHocShift(shift(-30, 450, -30))).toBe(true);
    expect(courierPresence(true, shift(-30, 200, -28), now)).toBe("ON_SHIFT");
    expect(courierPresence(true, shift(-30, 450, -30), now)).toBe("UNSCHEDULED");
    expect(courierPresence(true, null, now)).toBe("UNSCHEDULED");
    // Working with only a later schedule not yet clocked into: not working to that schedule.
    expect(courierPresence(true, shift(60, 300), now)).toBe("UNSCHEDULED");
  });

  it("flags a scheduled courier missing past the grace period, and one about to start", () => {
    expect(courierPresence(false, shift(-11, 200), now)).toBe("LATE");
    expect(courierPresence(false, shift(-9, 200), now)).toBe("DUE");
    expect(courierPresence(false, shift(90, 300), now)).toBe("DUE");
    expect(courierPresence(false, shift(-300, -1), now)).toBe("OFF");
    expect(courierPresence(false, null, now)).toBe("OFF");
  });

  it("picks the open shift first, else the next scheduled one within the look-ahead", () => {
    const open = shift(-60, 100, -58);
    const next = shift(30, 200);
    const later = shift(20, 300);
    expect(relevantShift([next, open], now)).toBe(open);
    expect(relevantShift([next, later], now)).toBe(later);
    expect(relevantShift([shift(180, 400)], now)).toBeNull();
    expect(relevantShift([shift(-60, 100, -58, -5)], now)).toBeNull();
  });
});
