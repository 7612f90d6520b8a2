"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import {
  assignOrdersSchema,
  setPinSchema,
  setZoneAutoDispatchSchema,
  unassignOrderSchema,
} from "@/lib/dispatch/assign-schemas";
import { assignOrders, setPin, setZoneAutoDispatch, unassignOrder } from "./assign";
import { nudgeDispatch } from "./runner";

function changed() {
  nudgeDispatch();
  revalidatePath("/dispatch");
}

/** Assigns one or more open orders to a courier (bulk reassign), optionally pinned. */
export const assignOrdersAction = defineAction(
  "dispatch.assign",
  assignOrdersSchema,
  async (actor, input, meta) => {
    const result = await assignOrders(db, actor, input, meta);
    changed();
    return result;
  },
);

/** Takes an unpicked order back from its courier. */
export const unassignOrderAction = defineAction(
  "dispatch.assign",
  unassignOrderSchema,
  async (actor, input, meta) => {
    const result = await unassignOrder(db, actor, input.orderId, meta);
    changed();
    return result;
  },
);

/** Pins an order to its courier, or releases the pin. */
export const setPinAction = defineAction(
  "dispatch.assign",
  setPinSchema,
  async (actor, input, meta) => {
    const result = await setPin(db, actor, input.orderId, input.pinned, meta);
    changed();
    return result;
  },
);

/** Pauses or resumes auto-assignment in a zone. */
export const setZoneAutoDispatchAction = defineAction(
  "dispatch.assign",
  setZoneAutoDispatchSchema,
  async (actor, input, meta) => {
    const result = await setZoneAutoDispatch(db, actor, input.zoneId, input.enabled, meta);
    changed();
    return result;
  },
);
