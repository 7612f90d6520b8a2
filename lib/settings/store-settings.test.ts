import { describe, expect, it } from "vitest";
import { formatClock, parseAutoAccept, summarizeHours } from "./store-settings";

describe("opening hours", () => {
  it("formats minutes after midnight", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(630)).toBe("10:30");
    expect(formatClock(1440)).toBe("24:00");
  });

  it("merges identical consecutive days, Monday first, and marks after-midnight closing", () => {
    const weekday = [1, 2, 3, 4, 5].map((d) => ({ dayOfWeek: d, opensAt: 600, closesAt: 1320 }));
    const weekend = [6, 0].map((d) => ({ dayOfWeek: d, opensAt: 540, closesAt: 1500 }));
    const groups = summarizeHours([...weekend, ...weekday]);
    expect(groups).toEqual([
      {
        days: [1, 2, 3, 4, 5],
        intervals: [{ opens: "10:00", closes: "22:00", closesNextDay: false }],
      },
      { days: [6, 0], intervals: [{ opens: "09:00", closes: "01:00", closesNextDay: true }] },
    ]);
  });

  it("shows a day without rows as closed (no intervals)", () => {
    const groups = summarizeHours([{ dayOfWeek: 3, opensAt: 600, closesAt: 1200 }]);
    expect(groups.map((g) => g.days)).toEqual([[1, 2], [3], [4, 5, 6, 0]]);
    expect(groups[0]?.intervals).toEqual([]);
  });
});

describe("auto-accept channels", () => {
  it("lists the channels switched on, in channel order", () => {
    expect(parseAutoAccept('{"ELEME":true,"MEITUAN":true,"PHONE":false}')).toEqual({
      channels: ["MEITUAN", "ELEME"],
      valid: true,
    });
  });

  it("ignores unknown channels and survives malformed text", () => {
    expect(parseAutoAccept('{"FAX":true}').channels).toEqual([]);
    expect(parseAutoAccept("not json")).toEqual({ channels: [], valid: false });
    expect(parseAutoAccept('["MEITUAN"]').valid).toBe(false);
  });
});
