import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { openTicket } from "@/lib/support/server/open-ticket";
import { addCustomerMessage } from "@/lib/support/server/messages-write";
import { HELP_REQUESTS_PER_HOUR, helpPriority, helpSubject } from "../domain/help";
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
          ticket: { orderId: order.id },
        },
      });
      if (recent >= HELP_REQUESTS_PER_HOUR) {
        throw new AppError("rate_limited", "Too many help requests for this order; try later.");
      }
      // Any open ticket of the order takes the message (help, late-order or API tickets alike).
      const open = await tx.ticket.findFirst({
        where: { orderId: order.id, status: { in: [...OPEN_STATUSES] }, mergedIntoId: null },
        select: { id: true, code: true },
        orderBy: { createdAt: "desc" },
      });
      if (open) {
        await addCustomerMessage(tx, open.id, input.message, now);
        return { ticketCode: open.code, created: false };
      }
      const ticket = await openTicket(
        tx,
        {
          source: "TRACKING_PAGE",
          orderId: order.id,
          customerId: order.customerId,
          storeId: order.storeId,
          subject: helpSubject(input.reason, order.code),
          priority: helpPriority(input.reason),
          labels: [input.reason],
          message: { authorType: "CUSTOMER", body: input.message },
        },
        now,
      );
      return { ticketCode: ticket.code, created: true };
    }),
  );
}
