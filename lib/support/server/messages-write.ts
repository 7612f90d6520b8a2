import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/platform/events";
import { businessTimeBetween, DEFAULT_BUSINESS_HOURS } from "../domain/business-hours";
import { SLA_SELECT, slaColumns } from "./sla-columns";

type Tx = Prisma.TransactionClient;

export type Attachment = { name: string; type: string; size: number; url: string };

/**
 * Adds a customer's message to a ticket: the ball is back with the agents, so a pending
 * ticket reopens (its paused staffed time is banked) and the next-response clock starts.
 */
export async function addCustomerMessage(tx: Tx, ticketId: string, body: string, now: Date) {
  const t = await tx.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { ...SLA_SELECT, id: true, code: true, storeId: true },
  });
  const pausedMs =
    t.pendingSince !== null
      ? t.pausedMs + businessTimeBetween(t.pendingSince, now, DEFAULT_BUSINESS_HOURS)
      : t.pausedMs;
  const next = {
    ...t,
    status: "OPEN" as const,
    pendingSince: null,
    pausedMs,
    awaitingSince: t.awaitingSince ?? now,
  };
  const message = await tx.ticketMessage.create({
    data: { ticketId, authorType: "CUSTOMER", body, createdAt: now },
    select: { id: true },
  });
  await tx.ticket.update({
    where: { id: ticketId },
    data: {
      status: "OPEN",
      pendingSince: null,
      pausedMs,
      awaitingSince: next.awaitingSince,
      resolvedAt: null,
      version: { increment: 1 },
      ...slaColumns(next, now),
    },
  });
  await publishEvent(tx, {
    topic: "ticket.message",
    storeId: t.storeId,
    payload: { id: t.id, code: t.code, messageId: message.id, author: "CUSTOMER" },
  });
  return message;
}

/** Adds a system line (an action taken, an approval) to the ticket's thread. */
export async function addSystemNote(tx: Tx, ticketId: string, body: string, now: Date) {
  return tx.ticketMessage.create({
    data: { ticketId, authorType: "SYSTEM", body, internal: true, createdAt: now },
    select: { id: true },
  });
}
