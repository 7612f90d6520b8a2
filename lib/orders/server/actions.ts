"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import {
  acceptOrderSchema,
  cancelOrderSchema,
  orderStepSchema,
  refundOrderSchema,
  rejectOrderSchema,
} from "@/lib/orders/schemas";
import { transitionOrder } from "./mutations";
import { refundOrRequestApproval } from "./refund-approval";
import { staff } from "./order-actor";

/** Accepts a placed order, optionally with a per-order prep time. */
export const acceptOrderAction = defineAction(
  "orders.accept",
  acceptOrderSchema,
  async (actor, input, meta) => {
    const result = await transitionOrder(db, staff(actor, meta), { ...input, action: "accept" });
    revalidatePath("/orders");
    return result;
  },
);

/** Rejects a placed order with a reason. */
export const rejectOrderAction = defineAction(
  "orders.accept",
  rejectOrderSchema,
  async (actor, input, meta) => {
    const result = await transitionOrder(db, staff(actor, meta), { ...input, action: "reject" });
    revalidatePath("/orders");
    return result;
  },
);

/** Starts preparing an accepted order. */
export const startPreparingAction = defineAction(
  "orders.update",
  orderStepSchema,
  async (actor, input, meta) => {
    const result = await transitionOrder(db, staff(actor, meta), {
      ...input,
      action: "start_preparing",
    });
    revalidatePath("/orders");
    return result;
  },
);

/** Marks an accepted or preparing order ready for pickup. */
export const markReadyAction = defineAction(
  "orders.update",
  orderStepSchema,
  async (actor, input, meta) => {
    const result = await transitionOrder(db, staff(actor, meta), {
      ...input,
      action: "mark_ready",
    });
    revalidatePath("/orders");
    return result;
  },
);

/** Cancels an order (not after delivery) with a reason; reserved stock is released. */
export const cancelOrderAction = defineAction(
  "orders.cancel",
  cancelOrderSchema,
  async (actor, input, meta) => {
    const result = await transitionOrder(db, staff(actor, meta), { ...input, action: "cancel" });
    revalidatePath("/orders");
    return result;
  },
);

/** Refunds an order in full (items null) or chosen items, naming who bears the cost. */
export const refundOrderAction = defineAction(
  "orders.refund",
  refundOrderSchema,
  async (actor, input, meta) => {
    const result = await refundOrRequestApproval(db, { type: "STAFF", actor, origin: meta }, input);
    revalidatePath("/orders");
    return result;
  },
);
