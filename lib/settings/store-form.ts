import { formatClock, parseAutoAccept, type HoursRow } from "./store-settings";
import { fenToYuan, type DayHoursInput, type UpdateStoreSettingsForm } from "./schemas";

const DAY = 1440;
// Monday first, as the read-only table shows the week; dayOfWeek is 0 = Sunday.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export type StoreFormSource = {
  id: string;
  status: UpdateStoreSettingsForm["status"];
  pausedReason: string | null;
  prepMinutes: number;
  busyExtraMinutes: number;
  autoAccept: string;
  minOrderCents: number;
  packagingFeeCents: number;
  slotMaxOrders: number | null;
  slotMaxValueCents: number | null;
  hours: HoursRow[];
};

/**
 * The form's day row. The form edits one window per day; a day stored with several windows is
 * shown from its first opening to its last close.
 */
function dayRow(dayOfWeek: number, rows: readonly HoursRow[]): DayHoursInput {
  const windows = rows.filter((r) => r.dayOfWeek === dayOfWeek);
  if (windows.length === 0) {
    return { dayOfWeek, closed: true, opens: "10:00", closes: "22:00", nextDay: false };
  }
  const opensAt = Math.min(...windows.map((w) => w.opensAt));
  const closesAt = Math.max(...windows.map((w) => w.closesAt));
  const nextDay = closesAt > DAY;
  return {
    dayOfWeek,
    closed: false,
    opens: formatClock(opensAt),
    closes: formatClock(nextDay ? closesAt - DAY : closesAt),
    nextDay,
  };
}

/** A store's stored settings as the edit form's initial values (money in yuan, times HH:MM). */
export function toStoreForm(store: StoreFormSource): UpdateStoreSettingsForm {
  const accepted = new Set<string>(parseAutoAccept(store.autoAccept).channels);
  return {
    storeId: store.id,
    status: store.status,
    pausedReason: store.pausedReason ?? "",
    prepMinutes: String(store.prepMinutes),
    busyExtraMinutes: String(store.busyExtraMinutes),
    autoAccept: {
      STOREFRONT: accepted.has("STOREFRONT"),
      MEITUAN: accepted.has("MEITUAN"),
      ELEME: accepted.has("ELEME"),
      PHONE: accepted.has("PHONE"),
    },
    slotMaxOrders: store.slotMaxOrders === null ? "" : String(store.slotMaxOrders),
    slotMaxValue: store.slotMaxValueCents === null ? "" : fenToYuan(store.slotMaxValueCents),
    minOrder: fenToYuan(store.minOrderCents),
    packagingFee: fenToYuan(store.packagingFeeCents),
    hours: WEEK_ORDER.map((day) => dayRow(day, store.hours)),
  };
}
