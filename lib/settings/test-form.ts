import type { DayHoursInput, UpdateStoreSettingsForm } from "./schemas";

/** An open day, 10:00–22:00, for tests. */
export const openDay = (dayOfWeek: number): DayHoursInput => ({
  dayOfWeek,
  closed: false,
  opens: "10:00",
  closes: "22:00",
  nextDay: false,
});

/** A valid form, as the edit page would send it. */
export function validForm(storeId = "s1"): UpdateStoreSettingsForm {
  return {
    storeId,
    status: "OPEN",
    pausedReason: "",
    prepMinutes: "15",
    busyExtraMinutes: "10",
    autoAccept: { STOREFRONT: true, MEITUAN: false, ELEME: false, PHONE: true },
    slotMaxOrders: "",
    slotMaxValue: "",
    minOrder: "20",
    packagingFee: "1.5",
    hours: [1, 2, 3, 4, 5, 6, 0].map(openDay),
  };
}
