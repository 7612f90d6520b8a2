"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import {
  campaignFormSchema,
  campaignTransitionSchema,
  generateCouponsSchema,
} from "@/lib/campaigns/schemas";
import { createCampaign, updateCampaign } from "./mutations";
import { transitionCampaign } from "./publish";
import { generateCoupons } from "./coupons";

/** Saves a new draft campaign. */
export const createCampaignAction = defineAction(
  "campaigns.edit",
  campaignFormSchema,
  async (actor, input, meta) => {
    const created = await createCampaign(db, actor, input, meta);
    revalidatePath("/campaigns");
    return created;
  },
);

/** Saves changes to a draft or paused campaign. */
export const updateCampaignAction = defineAction(
  "campaigns.edit",
  z.object({ campaignId: z.string().min(1).max(64), values: campaignFormSchema }),
  async (actor, input, meta) => {
    const saved = await updateCampaign(db, actor, input.campaignId, input.values, meta);
    revalidatePath("/campaigns");
    return saved;
  },
);

/** Publishes, pauses, resumes or ends a campaign; publishing may return warnings first. */
export const transitionCampaignAction = defineAction(
  "campaigns.publish",
  campaignTransitionSchema.extend({ acknowledged: z.boolean().default(false) }),
  async (actor, input, meta) => {
    const result = await transitionCampaign(db, actor, input, meta);
    revalidatePath("/campaigns");
    return result;
  },
);

/** Generates coupon codes, open or issued to customers. */
export const generateCouponsAction = defineAction(
  "campaigns.edit",
  generateCouponsSchema,
  (actor, input, meta) => generateCoupons(db, actor, input, meta),
);
