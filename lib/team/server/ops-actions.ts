"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import {
  deleteShiftSchema,
  scheduleShiftSchema,
  targetSchema,
  trainingItemIdSchema,
  trainingItemSchema,
  trainingToggleSchema,
} from "../schemas";
import { clockOwnShift, deleteShift, scheduleShift } from "./shifts";
import { setTarget } from "./performance";
import { addTrainingItem, retireTrainingItem, setOwnTrainingDone } from "./training";

/** Schedules a staff or courier shift. */
export const scheduleShiftAction = defineAction(
  "team.manage",
  scheduleShiftSchema,
  async (actor, input, meta) => {
    const result = await scheduleShift(db, actor, input, meta);
    revalidatePath("/team/shifts");
    return result;
  },
);

/** Removes a shift that has not started. */
export const deleteShiftAction = defineAction(
  "team.manage",
  deleteShiftSchema,
  async (actor, input, meta) => {
    const result = await deleteShift(db, actor, input.kind, input.id, meta);
    revalidatePath("/team/shifts");
    return result;
  },
);

/** The signed-in person clocks in or out of their own shift. */
export const clockAction = defineAction(
  null,
  z.object({ direction: z.enum(["IN", "OUT"]) }),
  async (actor, input, meta) => {
    const result = await clockOwnShift(db, actor, input.direction, meta);
    revalidatePath("/profile");
    revalidatePath("/team/shifts");
    return result;
  },
);

/** Sets a performance target and its incentive points. */
export const setTargetAction = defineAction(
  "team.manage",
  targetSchema,
  async (actor, input, meta) => {
    const result = await setTarget(db, actor, input, meta);
    revalidatePath("/team/performance");
    return result;
  },
);

/** Adds an item to a role's training checklist. */
export const addTrainingItemAction = defineAction(
  "team.manage",
  trainingItemSchema,
  async (actor, input, meta) => {
    const result = await addTrainingItem(db, actor, input, meta);
    revalidatePath("/team/training");
    return result;
  },
);

/** Retires a training item. */
export const retireTrainingItemAction = defineAction(
  "team.manage",
  trainingItemIdSchema,
  async (actor, input, meta) => {
    const result = await retireTrainingItem(db, actor, input.itemId, meta);
    revalidatePath("/team/training");
    return result;
  },
);

/** The signed-in person ticks an item of their own checklist. */
export const toggleTrainingAction = defineAction(
  null,
  trainingToggleSchema,
  async (actor, input, meta) => {
    const result = await setOwnTrainingDone(db, actor, input.itemId, input.done, meta);
    revalidatePath("/profile");
    return result;
  },
);
