"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import { correctOrder, correctOrderSchema } from "./corrections";
import { createPhoneOrder, findCustomerAddresses, phoneOrderSchema } from "./phone-orders";

/** Places an order taken by phone, priced by the same intake as the API. */
export const createPhoneOrderAction = defineAction(
  "orders.create",
  phoneOrderSchema,
  async (actor, input, meta) => {
    const placed = await createPhoneOrder(db, actor, input, meta);
    revalidatePath("/orders");
    return { id: placed.id, code: placed.code, totalCents: placed.totalCents };
  },
);

/** The saved addresses of a known customer, to pick from while taking a phone order. */
export const findCustomerAddressesAction = defineAction(
  "orders.create",
  z.object({ phone: z.string().trim().min(6).max(20) }),
  (_actor, input) => findCustomerAddresses(db, input.phone),
);

/** Corrects the note and address line of an order not yet picked up. */
export const correctOrderAction = defineAction(
  "orders.update",
  correctOrderSchema,
  async (actor, input, meta) => {
    const result = await correctOrder(db, actor, input, meta);
    revalidatePath("/orders");
    return result;
  },
);
