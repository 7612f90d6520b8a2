"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { AppError } from "@/lib/platform/errors";
import { STORE_COOKIE } from "./queries";

const YEAR = 365 * 24 * 60 * 60;

/** Chooses the store the console shows (null: all the actor's stores). */
export const selectStore = defineAction(
  null,
  z.object({ storeId: z.string().min(1).max(40).nullable() }),
  async (actor, { storeId }) => {
    const store = await cookies();
    if (storeId === null) {
      store.delete(STORE_COOKIE);
      return { storeId: null };
    }
    const allowed =
      actor.storeIds === null
        ? (await db.store.count({ where: { id: storeId } })) > 0
        : actor.storeIds.includes(storeId);
    if (!allowed) throw new AppError("not_found", "No such store.");
    store.set(STORE_COOKIE, storeId, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
    return { storeId };
  },
);
