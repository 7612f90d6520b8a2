import { z } from "zod";
import { HELP_REASONS } from "./domain/help";

/** Body of a help request from the public tracking page. */
export const helpRequestSchema = z.object({
  reason: z.enum(HELP_REASONS),
  message: z.string().trim().min(1).max(1000),
});
export type HelpRequestInput = z.infer<typeof helpRequestSchema>;

/** Body of a rating from the public tracking page. */
export const ratingSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export type RatingInput = z.infer<typeof ratingSchema>;
