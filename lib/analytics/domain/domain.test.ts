import { describe, expect, it } from "vitest";
import { addDays, dayKey, dayStart, localClock, weekKey } from "./calendar";
import { csvCell, csvTable } from "./csv";
import { deliveryBucket, histogramPercentile } from "./histogram";
import { change, ratio } from "./metrics";

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
