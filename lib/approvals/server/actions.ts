"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { cancelApprovalSchema, decideApprovalSchema, setThresholdSchema } from "../schemas";
import { cancelApproval, decideApproval } from "./decide";
import { setApprovalThreshold } from "./thresholds";

// Deciding needs the permission of the request's kind, checked inside decideApproval.
/** Approves or rejects a pending request. */
export const decideApprovalAction = defineAction(
  null,
  decideApprovalSchema,
  async (actor, input, meta) => {
    const result = await decideApproval(db, actor, input, meta);
    revalidatePath("/approvals");
    return result;
  },
);

/** The requester withdraws a pending request. */
export const cancelApprovalAction = defineAction(
  null,
  cancelApprovalSchema,
  async (actor, input, meta) => {
    const result = await cancelApproval(db, actor, input.id, meta);
    revalidatePath("/approvals");
    return result;
  },
);

/** Sets or clears a per-store (or default) approval threshold. */
export const setThresholdAction = defineAction(
  "settings.manage",
  setThresholdSchema,
  async (actor, input, meta) => {
    const result = await setApprovalThreshold(db, actor, input, meta);
    revalidatePath("/approvals");
    return result;
  },
);
