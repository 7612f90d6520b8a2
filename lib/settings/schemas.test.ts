import { describe, expect, it } from "vitest";
import { updateStoreSettingsSchema, yuanToFen, type UpdateStoreSettingsForm } from "./schemas";
import { openDay as day, validForm } from "./test-form";

/** The field paths that fail, in the same dotted form `defineAction` reports them. */
function failingFields(form: UpdateStoreSettingsForm): Record<string, string> {
  const result = updateStoreSettingsSchema.safeParse(form);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("store settings schema", () => {
  it("turns yuan into fen and empty limits into no limit", () => {
    const parsed = updateStoreSettingsSchema.parse(validForm());
    expect(parsed).toMatchObject({
      minOrderCents: 2000,
      packagingFeeCents: 150,
      slotMaxOrders: null,
      slotMaxValueCents: null,
      pausedReason: null,
    });
    expect(yuanToFen("0.05")).toBe(5);
    expect(yuanToFen("12.345")).toBeNull();
  });

  it("rejects impossible prep times, money and zero limits", () => {
    expect(failingFields({ ...validForm(), prepMinutes: "-5" })).toHaveProperty("prepMinutes");
    expect(failingFields({ ...validForm(), prepMinutes: "181" })).toEqual({
      prepMinutes: "settings.error.minutes",
    });
    expect(failingFields({ ...validForm(), minOrder: "abc" })).toHaveProperty("minOrder");
    expect(failingFields({ ...validForm(), slotMaxOrders: "0" })).toHaveProperty("slotMaxOrders");
  });

  it("requires a reason to pause, and forgets it when the store reopens", () => {
    expect(failingFields({ ...validForm(), status: "PAUSED", pausedReason: "  " })).toEqual({
      pausedReason: "settings.error.reasonRequired",
    });
    const reopened = updateStoreSettingsSchema.parse({ ...validForm(), pausedReason: "old" });
    expect(reopened.pausedReason).toBeNull();
  });

  it("allows closing after midnight only when it is explicit", () => {
    const late = validForm();
    late.hours[4] = { ...day(5), opens: "18:00", closes: "02:00" };
    expect(failingFields(late)).toEqual({ "hours.4.closes": "settings.error.closeBeforeOpen" });
    late.hours[4] = { ...day(5), opens: "18:00", closes: "02:00", nextDay: true };
    const parsed = updateStoreSettingsSchema.parse(late);
    expect(parsed.hours).toContainEqual({ dayOfWeek: 5, opensAt: 1080, closesAt: 1560 });
  });

  it("leaves closed days out of the stored hours", () => {
    const form = validForm();
    form.hours[6] = { ...day(0), closed: true, opens: "", closes: "" };
    const parsed = updateStoreSettingsSchema.parse(form);
    expect(parsed.hours).toHaveLength(6);
    expect(parsed.hours.some((h) => h.dayOfWeek === 0)).toBe(false);
  });
});
