import { z } from "zod";

export const CHANNELS = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] as const;
export const MAX_RANGE_DAYS = 366;

const day = z.iso.date({ error: "Use a date like 2026-11-25." });
const optionalText = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** The URL filters every dashboard shares (all optional: defaults are the last 14 days). */
export const analyticsFilterSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    store: optionalText,
    zone: optionalText,
    channel: z.enum(CHANNELS).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ["from"],
    message: "The start date must be on or before the end date.",
  });

export type AnalyticsFilterInput = z.input<typeof analyticsFilterSchema>;
export type AnalyticsFilter = z.output<typeof analyticsFilterSchema>;

/** Drill-down: the filters plus the chart point that was clicked. */
export const drillSchema = z.object({
  day: day.optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  weekday: z.coerce.number().int().min(0).max(6).optional(),
  item: optionalText,
  /** With item: only the orders whose review rated that dish (the rating trend's drill). */
  rated: z.literal("1").optional(),
  campaign: optionalText,
  courier: optionalText,
  reason: optionalText,
  kind: z.enum(["all", "cancelled", "refunded", "late"]).optional(),
  /** Delivery-time histogram bucket (d0..d11). */
  bucket: z.coerce.number().int().min(0).max(11).optional(),
  /** First-order week (its Monday) of a customer cohort. */
  cohort: day.optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type Drill = Partial<z.output<typeof drillSchema>>;

/** Flat record of the URL's single-valued search params. */
export function searchRecord(params: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out[k] = value;
  }
  return out;
}
