"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import { retryWebhook } from "./mutations";

const retryWebhookSchema = z.object({ deliveryId: z.string().min(1).max(64) });

/** Retries a failing webhook delivery now instead of at its backed-off time. */
export const retryWebhookAction = defineAction(
  "settings.manage",
  retryWebhookSchema,
  async (actor, input, meta) => {
    const result = await retryWebhook(db, actor, input.deliveryId, meta);
    revalidatePath("/orders/attention");
    return result;
  },
);
