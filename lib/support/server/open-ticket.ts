import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageAuthor, TicketPriority, TicketSource } from "@/lib/generated/prisma/enums";
import { publishEvent } from "@/lib/platform/events";
import { newTicketCode } from "@/lib/tracking/domain/help";
import { autoAssignTicket } from "./assign";
import { slaColumns } from "./sla-columns";

type Tx = Prisma.TransactionClient;

export type OpenTicketInput = {
  source: TicketSource;
  subject: string;
  priority?: TicketPriority;
  labels?: string[];
  orderId?: string | null;
  customerId?: string | null;
  storeId?: string | null;
  assigneeId?: string | null;
  message?: { authorType: MessageAuthor; authorId?: string | null; body: string } | null;
};

/**
 * Opens a ticket from any source with its SLA deadlines, assigns it (the given agent, else the
 * round-robin) and tells the inbox. Call inside the caller's transaction, wrapped in
 * `withFreshTicketCode` in case the random code collides.
 */
export async function openTicket(tx: Tx, input: OpenTicketInput, now: Date) {
  const priority = input.priority ?? "NORMAL";
  const customerWaiting = input.message?.authorType === "CUSTOMER";
  const sla = {
    priority,
    status: "OPEN" as const,
    createdAt: now,
    firstRespondedAt: null,
    awaitingSince: customerWaiting ? now : null,
    pausedMs: 0,
    pendingSince: null,
  };
  const ticket = await tx.ticket.create({
    data: {
      code: newTicketCode(now),
      source: input.source,
      subject: input.subject.slice(0, 200),
      priority,
      labels: JSON.stringify([...new Set(input.labels ?? [])]),
      orderId: input.orderId ?? null,
      customerId: input.customerId ?? null,
      storeId: input.storeId ?? null,
      assigneeId: input.assigneeId ?? null,
      awaitingSince: sla.awaitingSince,
      ...slaColumns(sla, now),
      createdAt: now,
      ...(input.message
        ? {
            messages: {
              create: {
                authorType: input.message.authorType,
                authorId: input.message.authorId ?? null,
                body: input.message.body,
                createdAt: now,
              },
            },
          }
        : {}),
    },
    select: { id: true, code: true, storeId: true },
  });
  const assigneeId = input.assigneeId ?? (await autoAssignTicket(tx, ticket.id, now));
  await publishEvent(tx, {
    topic: "ticket.created",
    storeId: ticket.storeId,
    payload: { id: ticket.id, code: ticket.code, assigneeId },
  });
  return { id: ticket.id, code: ticket.code, assigneeId };
}
