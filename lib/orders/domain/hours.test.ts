import { describe, expect, it } from "vitest";
import { isOpenAt, nextOpening } from "./hours";

// 2026-11-25 is a Wednesday (3). Shanghai is UTC+8.
const local = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 10, day, hh - 8, mm));

describe("opening hours in Asia/Shanghai", () => {
  const lunchDinner = [{ dayOfWeek: 3, opensAt: 10 * 60, closesAt: 22 * 60 }];
  it("is open inside the window and closed outside, in local time", () => {
    expect(isOpenAt(lunchDinner, local(25, 10))).toBe(true);
    expect(isOpenAt(lunchDinner, local(25, 21, 59))).toBe(true);
    expect(isOpenAt(lunchDinner, local(25, 22))).toBe(false);
    expect(isOpenAt(lunchDinner, local(25, 9, 59))).toBe(false);
    // 03:00 UTC Wednesday is 11:00 local: open, though UTC says otherwise.
    expect(isOpenAt(lunchDinner, new Date("2026-11-25T03:00:00Z"))).toBe(true);
    expect(isOpenAt(lunchDinner, local(26, 12))).toBe(false);
  });
  it("stays open after midnight when the window closes past 1440", () => {
    const late = [{ dayOfWeek: 3, opensAt: 17 * 60, closesAt: 26 * 60 }];
    expect(isOpenAt(late, local(25, 23, 30))).toBe(true);
    expect(isOpenAt(late, local(26, 1, 59))).toBe(true);
    expect(isOpenAt(late, local(26, 2))).toBe(false);
    expect(isOpenAt(late, local(25, 1))).toBe(false);
  });
  it("treats no configured hours as open and names the next opening", () => {
    expect(isOpenAt([], local(25, 3))).toBe(true);
    expect(nextOpening(lunchDinner, local(25, 8))).toBe("10:00");
    expect(nextOpening(lunchDinner, local(25, 23))).toBe("10:00");
    expect(nextOpening([], local(25, 8))).toBeNull();
  });
});
