import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import {
  HELP_REQUESTS_PER_HOUR,
  helpPriority,
  helpSubject,
  newTicketCode,
  ticketDueTimes,
} from "../domain/help";
import type { HelpRequestInput } from "../schemas";
import { getOrderByToken } from "./order-by-token";
import { withFreshTicketCode } from "./ticket-code";

export type HelpResult = { ticketCode: string; created: boolean };

const OPEN_STATUSES = ["OPEN", "PENDING_CUSTOMER"] as const;

/**
 * Opens a support ticket for the order behind the token, or adds the message to the order's
 * open help ticket, so a worried customer pressing twice does not split the conversation.
 */
export async function requestHelp(
  db: Db,
  token: string,
  input: HelpRequestInput,
  now = new Date(),
): Promise<HelpResult> {
  return withFreshTicketCode(() =>
    db.$transaction(async (tx) => {
      const order = await getOrderByToken(tx, token);
      const recent = await tx.ticketMessage.count({
        where: {
          authorType: "CUSTOMER",
          createdAt: { gt: new Date(now.getTime() - 3_600_000) },
          ticket: { orderId: order.id, source: "TRACKING_PAGE" },
        },
      });
      if (recent >= HELP_REQUESTS_PER_HOUR) {
        throw new AppError("rate_limited", "Too many help requests for this order; try later.");
      }
      const open = await tx.ticket.findFirst({
        where: { orderId: order.id, source: "TRACKING_PAGE", status: { in: [...OPEN_STATUSES] } },
        select: { id: true, code: true },
        orderBy: { createdAt: "desc" },
      });
      if (open) {
        await tx.ticket.update({
          where: { id: open.id },
          // The customer answered, so the ticket is back in the agents' court.
          data: {
            status: "OPEN",
            messages: { create: { authorType: "CUSTOMER", body: input.message, createdAt: now } },
          },
        });
        await publishEvent(tx, {
          topic: "ticket.updated",
          storeId: order.storeId,
          payload: { id: open.id, code: open.code },
        });
        return { ticketCode: open.code, created: false };
      }
      const ticket = await tx.ticket.create({
        data: {
          code: newTicketCode(now),
          orderId: order.id,
          customerId: order.customerId,
          storeId: order.storeId,
          source: "TRACKING_PAGE",
          subject: helpSubject(input.reason, order.code),
          priority: helpPriority(input.reason),
          labels: JSON.stringify([input.reason]),
          ...ticketDueTimes(now),
          createdAt: now,
          messages: { create: { authorType: "CUSTOMER", body: input.message, createdAt: now } },
        },
        select: { id: true, code: true },
      });
      await publishEvent(tx, {
        topic: "ticket.created",
        storeId: order.storeId,
        payload: { id: ticket.id, code: ticket.code },
      });
      return { ticketCode: ticket.code, created: true };
    }),
  );
}
