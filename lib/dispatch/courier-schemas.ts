import { z } from "zod";

/** One GPS fix from the courier app. */
export const pingSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  recordedAt: z.iso.datetime({ offset: true }),
  speedMps: z.number().min(0).max(100).nullish(),
});

/** A batch of fixes, as the app sends them when it has signal again. */
export const positionsSchema = z.strictObject({
  pings: z
    .array(pingSchema)
    .min(1, "Send at least one position.")
    .max(200, "At most 200 per batch."),
});

export const shiftSchema = z.strictObject({ action: z.enum(["start", "end"]) });

export const courierStatusSchema = z.strictObject({ status: z.enum(["AVAILABLE", "BREAK"]) });

export const declineSchema = z.strictObject({ reason: z.string().trim().max(200).optional() });

/** Optional photo proof at pickup or delivery: a small JPEG, PNG or WebP, base64-encoded. */
export const stopSchema = z.strictObject({
  photo: z
    .strictObject({
      contentType: z.enum(["image/jpeg", "image/png", "image/webp"]),
      data: z.string().min(1).max(700_000, "The photo must be at most 512 KiB."),
    })
    .optional(),
});

export type PositionsInput = z.infer<typeof positionsSchema>;
export type StopInput = z.infer<typeof stopSchema>;
