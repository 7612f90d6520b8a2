import { describe, expect, it } from "vitest";
import { addDays, dayKey, dayStart, localClock, weekKey } from "./calendar";
import { csvCell, csvTable } from "./csv";
import { deliveryBucket, histogramPercentile } from "./histogram";
import { change, ratio } from "./metrics";
import { onlineSeconds } from "./online-time";

describe("analytics calendar", () => {
  it("keys instants by the Shanghai business day, hour and Monday week", () => {
    expect(dayKey(new Date("2026-11-24T16:30:00Z"))).toBe("2026-11-25");
    expect(dayStart("2026-11-25").toISOString()).toBe("2026-11-24T16:00:00.000Z");
    expect(localClock(new Date("2026-11-24T16:30:00Z"))).toEqual({ hour: 0, weekday: 3 });
    expect(weekKey("2026-11-25")).toBe("2026-11-23");
    expect(weekKey("2026-11-29")).toBe("2026-11-23");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("delivery histogram", () => {
  it("buckets minutes and interpolates percentiles inside a bucket", () => {
    expect(deliveryBucket(14 * 60)).toBe(0);
    expect(deliveryBucket(15 * 60)).toBe(1);
    expect(deliveryBucket(200 * 60)).toBe(11);
    // 10 orders in 20-25 min: the median is half-way through that bucket.
    const counts = [0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(histogramPercentile(counts, 0.5)).toBeCloseTo(22.5);
    expect(histogramPercentile(counts, 0.9)).toBeCloseTo(24.5);
    expect(histogramPercentile(new Array(12).fill(0), 0.5)).toBeNull();
  });
});

describe("metrics and CSV", () => {
  it("never divides by zero", () => {
    expect(ratio(1, 0)).toBeNull();
    expect(change(5, 0)).toBeNull();
    expect(change(6, 4)).toBeCloseTo(0.5);
  });

  it("quotes fields and defuses spreadsheet formulas", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvTable([{ a: 1, b: null }])).toBe("a,b\r\n1,\r\n");
  });
});

describe("courier online time", () => {
  const at = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`);
  const shift = (a: string, b: string, clockIn: string | null, clockOut: string | null) => ({
    startsAt: at(a),
    endsAt: at(b),
    clockInAt: clockIn ? at(clockIn) : null,
    clockOutAt: clockOut ? at(clockOut) : null,
  });
  it("counts clock-in to clock-out inside the period, merges overlaps, skips absences", () => {
    const from = at("08:00");
    const to = at("20:00");
    const now = at("23:00");
    // 07:50-10:10 clipped to 08:00 -> 2h10m; a second record overlapping 10:00-11:00 adds 50m.
    const shifts = [
      shift("08:00", "10:00", "07:50", "10:10"),
      shift("10:00", "11:00", "10:00", "11:00"),
      shift("12:00", "14:00", null, null),
    ];
    expect(onlineSeconds(shifts, from, to, now)).toBe(3 * 60 * 60);
    // Still clocked in: counts until now, at most to the planned end.
    expect(onlineSeconds([shift("18:00", "22:00", "18:00", null)], from, to, at("19:00"))).toBe(
      3600,
    );
    expect(onlineSeconds([shift("18:00", "19:30", "18:00", null)], from, to, now)).toBe(5400);
    expect(onlineSeconds([], from, to, now)).toBe(0);
  });
});
