import { describe, expect, it } from "vitest";
import { suggestReorder } from "./reorder";

describe("reorder suggestions", () => {
  it("orders up to usage × (lead time + safety) plus a lead time when stock is at the point", () => {
    // 28 kg over 14 days = 2 kg/day; lead 3 + safety 2 → reorder point 10; target 10 + 6 = 16.
    const s = suggestReorder({
      ingredientId: "beef",
      stockQty: 4,
      usedQty: 28,
      windowDays: 14,
      leadTimeDays: 3,
      safetyDays: 2,
    });
    expect(s).toMatchObject({ dailyUsage: 2, reorderPoint: 10, suggestedQty: 12, daysOfCover: 2 });
  });

  it("suggests nothing while stock covers the reorder point", () => {
    const s = suggestReorder({
      ingredientId: "rice",
      stockQty: 50,
      usedQty: 14,
      windowDays: 14,
      leadTimeDays: 2,
    });
    expect(s.suggestedQty).toBe(0);
    expect(s.daysOfCover).toBe(50);
  });

  it("a longer lead time asks for more", () => {
    const base = { ingredientId: "x", stockQty: 0, usedQty: 70, windowDays: 14, safetyDays: 1 };
    const short = suggestReorder({ ...base, leadTimeDays: 1 });
    const long = suggestReorder({ ...base, leadTimeDays: 5 });
    expect(short.suggestedQty).toBe(15);
    expect(long.suggestedQty).toBe(55);
  });

  it("suggests nothing without usage, and treats negative stock as empty", () => {
    expect(
      suggestReorder({
        ingredientId: "x",
        stockQty: 0,
        usedQty: 0,
        windowDays: 14,
        leadTimeDays: 2,
      }).suggestedQty,
    ).toBe(0);
    const s = suggestReorder({
      ingredientId: "x",
      stockQty: -3,
      usedQty: 7,
      windowDays: 7,
      leadTimeDays: 1,
      safetyDays: 0,
    });
    expect(s.suggestedQty).toBe(2);
  });
});
