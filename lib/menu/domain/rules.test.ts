import { describe, expect, it } from "vitest";
import { checkGroupLimits, checkSelection } from "./options";
import { channelOffer, isScheduledAt, parseChannelOverrides, parseSchedule } from "./availability";
import { INDEFINITE, nextDayOpening, soldOutUntil } from "./sold-out";
import { applyBulkEdit } from "./bulk";

describe("option groups", () => {
  it("refuses impossible min/max", () => {
    expect(checkGroupLimits(0, 1, 3)).toEqual([]);
    expect(checkGroupLimits(3, 2, 5)[0]?.field).toBe("minChoices");
    expect(checkGroupLimits(2, 3, 1)[0]?.message).toMatch(/cannot be met/);
    expect(checkGroupLimits(-1, 0, 1).map((e) => e.field)).toEqual(["minChoices", "maxChoices"]);
  });
  it("checks a selection against each group", () => {
    const groups = [
      { id: "size", nameEn: "Size", minChoices: 1, maxChoices: 1, optionIds: ["s", "l"] },
      { id: "add", nameEn: "Add-ons", minChoices: 0, maxChoices: 2, optionIds: ["a", "b", "c"] },
    ];
    expect(checkSelection(groups, ["s", "a"])).toEqual({});
    expect(Object.keys(checkSelection(groups, ["a", "b", "c"]))).toEqual(["size", "add"]);
  });
});

describe("availability", () => {
  // 2026-11-25 is a Wednesday (3); 00:30 UTC = 08:30 Shanghai.
  const wedMorning = new Date("2026-11-25T00:30:00Z");
  const breakfast = [{ days: [1, 2, 3, 4, 5], from: "06:00", to: "10:30" }];
  it("sells within a schedule window in store local time only", () => {
    expect(isScheduledAt(breakfast, wedMorning)).toBe(true);
    expect(isScheduledAt(breakfast, new Date("2026-11-25T04:00:00Z"))).toBe(false);
    expect(isScheduledAt(breakfast, new Date("2026-11-29T00:30:00Z"))).toBe(false); // Sunday
    expect(isScheduledAt(null, wedMorning)).toBe(true);
  });
  it("reads corrupt stored JSON as no rule", () => {
    expect(parseSchedule("{bad")).toBeNull();
    expect(parseChannelOverrides('{"MEITUAN":{"priceCents":-5}}')).toEqual({});
  });
  it("applies a channel's price and availability override", () => {
    const overrides = { MEITUAN: { priceCents: 3200 }, ELEME: { available: false } };
    expect(channelOffer({ priceCents: 2800, available: true }, overrides, "MEITUAN")).toEqual({
      priceCents: 3200,
      available: true,
    });
    expect(channelOffer({ priceCents: 2800, available: true }, overrides, "ELEME").available).toBe(
      false,
    );
    expect(
      channelOffer({ priceCents: 2800, available: false }, overrides, "MEITUAN").available,
    ).toBe(false);
  });
});

describe("sold out", () => {
  const now = new Date("2026-11-25T04:00:00Z"); // Wed 12:00 Shanghai
  it("'tomorrow' ends at the next day's first opening", () => {
    const hours = [
      { dayOfWeek: 4, opensAt: 10 * 60, closesAt: 22 * 60 },
      { dayOfWeek: 4, opensAt: 7 * 60, closesAt: 9 * 60 },
    ];
    expect(nextDayOpening(hours, now).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    // Closed Thursday: skips to Friday.
    const fri = [{ dayOfWeek: 5, opensAt: 9 * 60, closesAt: 20 * 60 }];
    expect(nextDayOpening(fri, now).toISOString()).toBe("2026-11-27T01:00:00.000Z");
    expect(nextDayOpening([], now).toISOString()).toBe("2026-11-25T16:00:00.000Z");
  });
  it("maps each mode to an end time, refusing a past chosen time", () => {
    expect(soldOutUntil("now", now, [])).toEqual({ ok: true, until: INDEFINITE });
    expect(soldOutUntil("restock", now, [])).toEqual({ ok: true, until: null });
    expect(soldOutUntil("until", now, [], new Date(now.getTime() - 1)).ok).toBe(false);
    const later = new Date(now.getTime() + 3_600_000);
    expect(soldOutUntil("until", now, [], later)).toEqual({ ok: true, until: later });
  });
});

describe("bulk edit", () => {
  const items = [
    { id: "a", priceCents: 1000, categoryId: "c1", active: true },
    { id: "b", priceCents: 2850, categoryId: "c2", active: false },
  ];
  it("changes prices by a percentage, rounded to whole fen, never negative", () => {
    expect(
      Object.fromEntries(applyBulkEdit(items, { kind: "price_percent", percent: 10 })),
    ).toEqual({
      a: { priceCents: 1100 },
      b: { priceCents: 3135 },
    });
    expect(applyBulkEdit(items, { kind: "price_percent", percent: -150 }).get("a")).toEqual({
      priceCents: 0,
    });
  });
  it("moves and enables only what would change", () => {
    expect([...applyBulkEdit(items, { kind: "move", categoryId: "c1" }).keys()]).toEqual(["b"]);
    expect([...applyBulkEdit(items, { kind: "enable", active: true }).keys()]).toEqual(["b"]);
  });
  it("enabling also ends a sold-out; disabling leaves the sold-out alone", () => {
    const until = new Date("2026-11-26T02:00:00Z");
    const soldOut = [
      { id: "s", priceCents: 100, categoryId: null, active: true, soldOutUntil: until },
    ];
    expect(applyBulkEdit(soldOut, { kind: "enable", active: true }).get("s")).toEqual({
      active: true,
      soldOutUntil: null,
    });
    expect(applyBulkEdit(soldOut, { kind: "enable", active: false }).get("s")).toEqual({
      active: false,
    });
  });
});
