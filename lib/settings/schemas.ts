import { z } from "zod";

export const AUTO_ACCEPT_CHANNELS = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] as const;
export const STORE_STATUSES = ["OPEN", "BUSY", "PAUSED"] as const;

/** Field error messages are i18n keys, so the form can show them in the reader's language. */
export const SETTINGS_ERRORS = [
  "settings.error.minutes",
  "settings.error.count",
  "settings.error.money",
  "settings.error.clock",
  "settings.error.closeBeforeOpen",
  "settings.error.reasonRequired",
  "settings.error.overnightTooLong",
] as const;
export type SettingsErrorKey = (typeof SETTINGS_ERRORS)[number];

/** Whether a field error message is one of ours (an i18n key) rather than zod's own text. */
export function isSettingsError(message: string): message is SettingsErrorKey {
  return (SETTINGS_ERRORS as readonly string[]).includes(message);
}

const MAX_PREP_MINUTES = 180;
const DAY = 1440;

const minutes = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, "settings.error.minutes")
  .transform(Number)
  .refine((n) => n <= MAX_PREP_MINUTES, "settings.error.minutes");

/** Yuan as typed ("12", "12.5", "12.50") to integer fen, without floating-point rounding. */
export function yuanToFen(yuan: string): number | null {
  const match = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** Integer fen as a yuan string for the form ("12.50"). */
export function fenToYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

const money = z.string().transform((value, ctx) => {
  const fen = yuanToFen(value);
  if (fen === null) {
    ctx.addIssue({ code: "custom", message: "settings.error.money" });
    return z.NEVER;
  }
  return fen;
});

// An empty throttle field means "no limit"; zero would refuse every order, so it is rejected.
const optionalLimit = <T extends z.ZodType<number, string>>(inner: T) =>
  z.union([
    z.literal("").transform(() => null),
    inner.refine((n) => n > 0, "settings.error.count"),
  ]);

const count = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, "settings.error.count")
  .transform(Number);

/** "HH:MM" to minutes after midnight; 24:00 is allowed as a close time. */
export function parseClock(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const total = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && total <= DAY ? total : null;
}

const dayHoursSchema = z.object({
  dayOfWeek: z.number().int().min(0).max(6),
  closed: z.boolean(),
  opens: z.string(),
  closes: z.string(),
  /** The close time is on the next calendar day (e.g. 22:00–02:00). */
  nextDay: z.boolean(),
});

export type DayHoursInput = z.input<typeof dayHoursSchema>;

export const updateStoreSettingsSchema = z
  .object({
    storeId: z.string().min(1),
    status: z.enum(STORE_STATUSES),
    pausedReason: z.string().trim().max(200),
    prepMinutes: minutes,
    busyExtraMinutes: minutes,
    autoAccept: z.object({
      STOREFRONT: z.boolean(),
      MEITUAN: z.boolean(),
      ELEME: z.boolean(),
      PHONE: z.boolean(),
    }),
    slotMaxOrders: optionalLimit(count),
    slotMaxValue: optionalLimit(money),
    minOrder: money,
    packagingFee: money,
    hours: z.array(dayHoursSchema).length(7),
  })
  .superRefine((input, ctx) => {
    if (input.status === "PAUSED" && input.pausedReason === "") {
      ctx.addIssue({
        code: "custom",
        path: ["pausedReason"],
        message: "settings.error.reasonRequired",
      });
    }
    input.hours.forEach((day, i) => {
      if (day.closed) return;
      const opens = parseClock(day.opens);
      const closes = parseClock(day.closes);
      if (opens === null || opens === DAY) {
        ctx.addIssue({
          code: "custom",
          path: ["hours", i, "opens"],
          message: "settings.error.clock",
        });
      }
      if (closes === null) {
        ctx.addIssue({
          code: "custom",
          path: ["hours", i, "closes"],
          message: "settings.error.clock",
        });
      } else if (opens !== null && !day.nextDay && closes <= opens) {
        ctx.addIssue({
          code: "custom",
          path: ["hours", i, "closes"],
          message: "settings.error.closeBeforeOpen",
        });
      } else if (opens !== null && day.nextDay && closes > opens) {
        // Past midnight and later than the opening time would be a day longer than 24 hours.
        ctx.addIssue({
          code: "custom",
          path: ["hours", i, "closes"],
          message: "settings.error.overnightTooLong",
        });
      }
    });
  })
  .transform(({ slotMaxValue, minOrder, packagingFee, hours, pausedReason, ...rest }) => ({
    ...rest,
    pausedReason: rest.status === "PAUSED" ? pausedReason : null,
    slotMaxValueCents: slotMaxValue,
    minOrderCents: minOrder,
    packagingFeeCents: packagingFee,
    hours: hours.flatMap((day) => {
      const opens = parseClock(day.opens);
      const closes = parseClock(day.closes);
      if (day.closed || opens === null || closes === null) return [];
      return [
        { dayOfWeek: day.dayOfWeek, opensAt: opens, closesAt: day.nextDay ? closes + DAY : closes },
      ];
    }),
  }));

export type UpdateStoreSettingsForm = z.input<typeof updateStoreSettingsSchema>;
export type UpdateStoreSettingsInput = z.output<typeof updateStoreSettingsSchema>;
