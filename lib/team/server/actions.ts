"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { setUserDisabledSchema } from "../schemas";
import { setUserDisabled } from "./mutations";

/** Disables (signing them out everywhere) or re-enables a staff member. */
export const setUserDisabledAction = defineAction(
  "team.manage",
  setUserDisabledSchema,
  async (actor, input, meta) => {
    const result = await setUserDisabled(db, actor, input, meta);
    revalidatePath("/team");
    return result;
  },
);
