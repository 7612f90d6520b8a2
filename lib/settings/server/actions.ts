"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { updateStoreSettingsSchema } from "../schemas";
import { updateStoreSettings } from "./mutations";

/** Saves a store's settings and opening hours from the settings form. */
export const updateStoreSettingsAction = defineAction(
  "settings.manage",
  updateStoreSettingsSchema,
  async (actor, input, meta) => {
    const result = await updateStoreSettings(db, actor, input, meta);
    revalidatePath("/settings");
    return result;
  },
);
