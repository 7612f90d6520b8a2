"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import {
  agentCapacitySchema,
  agentStatusSchema,
  articleSchema,
  retireArticleSchema,
} from "../schemas";
import { setAgentCapacity, setOwnAvailability } from "./agents";
import { retireArticle, saveArticle } from "./knowledge";

/** The signed-in agent goes online or away. */
export const setAvailabilityAction = defineAction(
  "support.reply",
  agentStatusSchema,
  async (actor, input, meta) => {
    const result = await setOwnAvailability(db, actor, input, meta);
    revalidatePath("/support");
    return result;
  },
);

/** A supervisor changes an agent's capacity. */
export const setCapacityAction = defineAction(
  "support.manage",
  agentCapacitySchema,
  async (actor, input, meta) => {
    const result = await setAgentCapacity(db, actor, input, meta);
    revalidatePath("/support");
    return result;
  },
);

/** Creates or edits a knowledge-base article. */
export const saveArticleAction = defineAction(
  "support.manage",
  articleSchema,
  async (actor, input, meta) => {
    const result = await saveArticle(db, actor, input, meta);
    revalidatePath("/support", "layout");
    return result;
  },
);

/** Retires or restores a knowledge-base article. */
export const retireArticleAction = defineAction(
  "support.manage",
  retireArticleSchema,
  async (actor, input, meta) => {
    const result = await retireArticle(db, actor, input, meta);
    revalidatePath("/support", "layout");
    return result;
  },
);
