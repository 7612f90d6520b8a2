import { z } from "zod";

/** Channels a menu item can be sold on (mirrors the Prisma enum, kept pure here). */
export const MENU_CHANNELS = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] as const;
export type MenuChannel = (typeof MENU_CHANNELS)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM (00:00–23:59).");

/** One window of an availability schedule: days of week (0 = Sunday) and local times. */
export const scheduleWindowSchema = z
  .object({
    days: z.array(z.number().int().min(0).max(6)).min(1, "Pick at least one day."),
    from: hhmm,
    to: hhmm,
  })
  .refine((w) => w.from < w.to, { message: "End must be after start.", path: ["to"] });
export const scheduleSchema = z.array(scheduleWindowSchema).max(14);
export type Schedule = z.infer<typeof scheduleSchema>;

export const channelOverrideSchema = z.object({
  priceCents: z.number().int().min(0, "Price cannot be negative.").max(10_000_000).optional(),
  available: z.boolean().optional(),
});
export const channelOverridesSchema = z.partialRecord(z.enum(MENU_CHANNELS), channelOverrideSchema);
export type ChannelOverrides = z.infer<typeof channelOverridesSchema>;

const SHANGHAI_OFFSET_MINUTES = 8 * 60;

function localDayMinute(now: Date): { day: number; minute: number } {
  const local = Math.floor(now.getTime() / 60_000) + SHANGHAI_OFFSET_MINUTES;
  const minute = ((local % 1440) + 1440) % 1440;
  const days = Math.floor(local / 1440);
  return { day: (((days + 4) % 7) + 7) % 7, minute };
}

const toMinute = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

/** Whether a schedule allows sale at `now` (store local time); no schedule means always. */
export function isScheduledAt(schedule: Schedule | null, now: Date): boolean {
  if (!schedule || schedule.length === 0) return true;
  const { day, minute } = localDayMinute(now);
  return schedule.some(
    (w) => w.days.includes(day) && minute >= toMinute(w.from) && minute < toMinute(w.to),
  );
}

/** Parses stored JSON leniently: corrupt or missing data reads as "no rule". */
export function parseSchedule(json: string | null): Schedule | null {
  if (!json) return null;
  try {
    const parsed = scheduleSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseChannelOverrides(json: string | null): ChannelOverrides {
  if (!json) return {};
  try {
    const parsed = channelOverridesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Price and availability of an item on one channel, with overrides applied. */
export function channelOffer(
  base: { priceCents: number; available: boolean },
  overrides: ChannelOverrides,
  channel: MenuChannel,
): { priceCents: number; available: boolean } {
  const o = overrides[channel];
  return {
    priceCents: o?.priceCents ?? base.priceCents,
    available: base.available && o?.available !== false,
  };
}
