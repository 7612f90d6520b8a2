"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import {
  afterSalesSchema,
  mergeTicketsSchema,
  replySchema,
  staffTicketSchema,
  updateTicketSchema,
} from "../schemas";
import { replyToTicket } from "./conversation";
import { mergeTickets, updateTicket } from "./triage";
import { takeAfterSalesAction } from "./after-sales";
import { createStaffTicket } from "./staff-tickets";

/** Opens a ticket by hand (a phone call, a walk-in). */
export const createStaffTicketAction = defineAction(
  "support.reply",
  staffTicketSchema,
  async (actor, input, meta) => {
    const result = await createStaffTicket(db, actor, input, new Date(), meta);
    revalidatePath("/support");
    return result;
  },
);

/** Sends a reply or an internal note on a ticket. */
export const replyAction = defineAction("support.reply", replySchema, async (actor, input) => {
  const result = await replyToTicket(db, actor, input);
  revalidatePath("/support");
  return result;
});

/** Assigns/transfers, relabels, reprioritises or changes a ticket's status. */
export const updateTicketAction = defineAction(
  "support.reply",
  updateTicketSchema,
  async (actor, input) => {
    const result = await updateTicket(db, actor, input);
    revalidatePath("/support");
    return result;
  },
);

/** Merges a duplicate ticket into another. */
export const mergeTicketsAction = defineAction(
  "support.reply",
  mergeTicketsSchema,
  async (actor, input) => {
    const result = await mergeTickets(db, actor, input);
    revalidatePath("/support");
    return result;
  },
);

/** Refund, coupon, re-send, re-dispatch or courier claim from a ticket, within policy. */
export const afterSalesAction = defineAction(
  "support.compensate",
  afterSalesSchema,
  async (actor, input) => {
    const result = await takeAfterSalesAction(db, actor, input);
    revalidatePath("/support");
    return result;
  },
);
