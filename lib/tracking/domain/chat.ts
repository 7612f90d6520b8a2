import type { TicketStatus } from "@/lib/generated/prisma/enums";

/** Customer chat messages an order may send per hour, across all of its tickets. */
export const CHAT_MESSAGES_PER_HOUR = 20;

const OPEN: readonly TicketStatus[] = ["OPEN", "PENDING_CUSTOMER"];
const DONE: readonly TicketStatus[] = ["RESOLVED", "CLOSED"];

/**
 * The ticket the customer talks to on the tracking page: the newest open one of the order,
 * else the newest of any status, so a resolved conversation stays visible for its survey.
 */
export function customerTicketOf<T extends { status: TicketStatus; createdAt: Date }>(
  tickets: readonly T[],
): T | null {
  const newestFirst = [...tickets].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((t) => OPEN.includes(t.status)) ?? newestFirst[0] ?? null;
}

/** A closed ticket takes no more messages; the help button starts a new one instead. */
export function acceptsCustomerMessages(status: TicketStatus): boolean {
  return status !== "CLOSED";
}

/**
 * The survey is offered once the ticket is resolved (or closed), only to a customer who took
 * part in the conversation, and only until it is answered.
 */
export function csatOpen(ticket: {
  status: TicketStatus;
  csatAt: Date | null;
  customerWrote: boolean;
}): boolean {
  return DONE.includes(ticket.status) && ticket.csatAt === null && ticket.customerWrote;
}
