import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { acceptsCustomerMessages, csatOpen, customerTicketOf } from "@/lib/tracking/domain/chat";
import type { CustomerSupportView } from "@/lib/tracking/types";

type Tx = Prisma.TransactionClient;

const TICKET_SELECT = {
  id: true,
  code: true,
  status: true,
  storeId: true,
  csatAt: true,
  csatScore: true,
  csatComment: true,
  mergedIntoId: true,
  createdAt: true,
} as const;

/** Messages a tracking page shows at most: the newest ones of a long conversation. */
const THREAD_LIMIT = 200;

/**
 * The ticket of an order the customer talks to; a ticket merged away is followed to the one
 * it was merged into (possibly another order's ticket of the same customer).
 */
export async function findCustomerTicket(db: Db | Tx, orderId: string) {
  const own = await db.ticket.findMany({ where: { orderId }, select: TICKET_SELECT });
  const mergedInto = own.flatMap((t) => (t.mergedIntoId ? [t.mergedIntoId] : []));
  const targets = mergedInto.length
    ? await db.ticket.findMany({
        where: { id: { in: mergedInto }, mergedIntoId: null },
        select: TICKET_SELECT,
      })
    : [];
  const live = [...own, ...targets].filter((t) => t.mergedIntoId === null);
  return customerTicketOf(live);
}

/** The customer's side of the order's support conversation: no internal notes, no names. */
export async function getCustomerSupport(
  db: Db | Tx,
  orderId: string,
): Promise<CustomerSupportView | null> {
  const ticket = await findCustomerTicket(db, orderId);
  if (!ticket) return null;
  const [newestFirst, customerWrote] = await Promise.all([
    db.ticketMessage.findMany({
      where: { ticketId: ticket.id, internal: false, authorType: { in: ["CUSTOMER", "AGENT"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: THREAD_LIMIT,
      select: { id: true, authorType: true, body: true, createdAt: true },
    }),
    db.ticketMessage.count({ where: { ticketId: ticket.id, authorType: "CUSTOMER" } }),
  ]);
  return {
    ticketCode: ticket.code,
    status: ticket.status,
    messages: newestFirst.reverse().map((m) => ({
      id: m.id,
      from: m.authorType === "CUSTOMER" ? "customer" : "agent",
      body: m.body,
      at: m.createdAt.toISOString(),
    })),
    canWrite: acceptsCustomerMessages(ticket.status),
    csatOpen: csatOpen({ ...ticket, customerWrote: customerWrote > 0 }),
    csat:
      ticket.csatScore !== null ? { score: ticket.csatScore, comment: ticket.csatComment } : null,
  };
}
