import { describe, expect, it } from "vitest";
import { updateStoreSettingsSchema } from "./schemas";
import { toStoreForm, type StoreFormSource } from "./store-form";

const stored: StoreFormSource = {
  id: "s1",
  status: "BUSY",
  pausedReason: null,
  prepMinutes: 18,
  busyExtraMinutes: 12,
  autoAccept: '{"MEITUAN":true,"PHONE":false}',
  minOrderCents: 2050,
  packagingFeeCents: 100,
  slotMaxOrders: null,
  slotMaxValueCents: 50_000,
  hours: [
    { dayOfWeek: 5, opensAt: 600, closesAt: 1560 },
    { dayOfWeek: 1, opensAt: 600, closesAt: 1320 },
  ],
};

describe("store settings form values", () => {
  it("shows money in yuan, after-midnight closes as next day and missing days as closed", () => {
    const form = toStoreForm(stored);
    expect(form).toMatchObject({ minOrder: "20.50", slotMaxOrders: "", slotMaxValue: "500.00" });
    expect(form.autoAccept).toEqual({
      STOREFRONT: false,
      MEITUAN: true,
      ELEME: false,
      PHONE: false,
    });
    expect(form.hours.find((d) => d.dayOfWeek === 5)).toMatchObject({
      closes: "02:00",
      nextDay: true,
    });
    expect(form.hours.find((d) => d.dayOfWeek === 0)).toMatchObject({ closed: true });
  });

  it("saves back exactly what was stored when nothing is edited", () => {
    const parsed = updateStoreSettingsSchema.parse(toStoreForm(stored));
    expect(parsed).toMatchObject({ minOrderCents: 2050, slotMaxValueCents: 50_000 });
    expect([...parsed.hours].sort((a, b) => a.dayOfWeek - b.dayOfWeek)).toEqual([
      { dayOfWeek: 1, opensAt: 600, closesAt: 1320 },
      { dayOfWeek: 5, opensAt: 600, closesAt: 1560 },
    ]);
  });
});
