"use server";

import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import { phoneOrderSchema } from "@/lib/orders/server/phone-orders";
import { quotePhoneOrder } from "./quote";

/** The price of a phone order as the intake would charge it, with the discount explanation. */
export const quotePhoneOrderAction = defineAction(
  "orders.create",
  phoneOrderSchema,
  (actor, input) => quotePhoneOrder(db, actor, input),
);
