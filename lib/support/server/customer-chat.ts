import "server-only";
import type { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { acceptsCustomerMessages, CHAT_MESSAGES_PER_HOUR } from "@/lib/tracking/domain/chat";
import { getOrderByToken } from "@/lib/tracking/server/order-by-token";
import type { customerMessageSchema } from "../schemas";
import { findCustomerTicket } from "./customer-thread";
import { addCustomerMessage } from "./messages-write";

export type CustomerMessageInput = z.output<typeof customerMessageSchema>;
export type CustomerMessageResult = { ticketCode: string; messageId: string };

/**
 * A customer's chat message from the tracking page, into the order's support ticket: it lands
 * as a customer message (reopening a resolved ticket) and reaches the inbox live.
 */
export async function sendCustomerMessage(
  db: Db,
  token: string,
  input: CustomerMessageInput,
  now = new Date(),
): Promise<CustomerMessageResult> {
  return db.$transaction(async (tx) => {
    const order = await getOrderByToken(tx, token);
    const ticket = await findCustomerTicket(tx, order.id);
    if (!ticket) {
      throw new AppError("conflict", "This order has no support conversation yet; ask for help.");
    }
    if (!acceptsCustomerMessages(ticket.status)) {
      throw new AppError("conflict", "This conversation is closed; ask for help to start anew.");
    }
    const recent = await tx.ticketMessage.count({
      where: {
        authorType: "CUSTOMER",
        createdAt: { gt: new Date(now.getTime() - 3_600_000) },
        ticket: { orderId: order.id },
      },
    });
    if (recent >= CHAT_MESSAGES_PER_HOUR) {
      throw new AppError("rate_limited", "Too many messages for this order; try again later.");
    }
    const message = await addCustomerMessage(tx, ticket.id, input.message, now);
    return { ticketCode: ticket.code, messageId: message.id };
  });
}
