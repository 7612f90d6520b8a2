import { z } from "zod";

export const setUserDisabledSchema = z.object({
  userId: z.string().min(1).max(40),
  disabled: z.boolean(),
});

export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;
