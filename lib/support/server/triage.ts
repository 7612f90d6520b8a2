import "server-only";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { recordAudit } from "@/lib/platform/audit";
import type { MergeTicketsInput, UpdateTicketInput } from "../schemas";
import { claimVersion, getWritableTicket, ticketWhere } from "./scope";
import { statusColumns } from "./status-change";
import { slaColumns } from "./sla-columns";
import { addSystemNote } from "./messages-write";

/** Assigns/transfers, relabels, reprioritises or changes the status of a ticket. */
export async function updateTicket(
  db: Db,
  actor: Actor,
  input: UpdateTicketInput,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    // A closed ticket may only be reopened.
    const ticket = await getWritableTicket(tx, actor, input.ticketId, input.version, {
      allowClosed: input.status === "OPEN",
    });
    if (input.assigneeId) {
      const agent = await tx.user.findFirst({
        where: { id: input.assigneeId, disabledAt: null },
        select: { id: true },
      });
      if (!agent)
        throw new AppError("validation", "No such agent.", {
          fields: { assigneeId: ["No such agent."] },
        });
    }
    const priority = input.priority ?? ticket.priority;
    const sla = { ...ticket, priority };
    const data = {
      ...(input.priority ? { priority } : {}),
      ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
      ...(input.labels ? { labels: JSON.stringify([...new Set(input.labels)]) } : {}),
      ...(input.status ? statusColumns(sla, input.status, now) : slaColumns(sla, now)),
    };
    await claimVersion(tx, ticket, data);
    await recordAudit(tx, actor, {
      action: "ticket.update",
      entityType: "Ticket",
      entityId: ticket.id,
      storeId: ticket.storeId,
      before: {
        status: ticket.status,
        priority: ticket.priority,
        assigneeId: ticket.assigneeId,
        labels: ticket.labels,
      },
      after: input,
    });
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: ticket.storeId,
      payload: { id: ticket.id, code: ticket.code },
    });
    return { id: ticket.id, version: ticket.version + 1 };
  });
}

/**
 * Merges a duplicate into another ticket of the same customer or order: its messages move to
 * the target, it closes and points at the target.
 */
export async function mergeTickets(
  db: Db,
  actor: Actor,
  input: MergeTicketsInput,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const source = await getWritableTicket(tx, actor, input.ticketId);
    const target = await tx.ticket.findFirst({
      where: {
        code: input.intoCode,
        mergedIntoId: null,
        status: { not: "CLOSED" },
        ...ticketWhere(actor),
      },
      select: { id: true, code: true, orderId: true, customerId: true, storeId: true },
    });
    if (!target || target.id === source.id) {
      throw new AppError("validation", "No open ticket with that code.", {
        fields: { intoCode: ["No open ticket with that code."] },
      });
    }
    const related =
      (source.orderId !== null && source.orderId === target.orderId) ||
      (source.customerId !== null && source.customerId === target.customerId);
    if (!related) {
      throw new AppError(
        "validation",
        "Only tickets of the same order or customer can be merged.",
        {
          fields: { intoCode: ["Only tickets of the same order or customer can be merged."] },
        },
      );
    }
    await tx.ticketMessage.updateMany({
      where: { ticketId: source.id },
      data: { ticketId: target.id },
    });
    await claimVersion(tx, source, {
      status: "CLOSED",
      mergedIntoId: target.id,
      resolvedAt: now,
      nextResponseDueAt: null,
      resolutionDueAt: null,
    });
    await addSystemNote(
      tx,
      target.id,
      `Merged ${source.code} into this ticket / 已合并 ${source.code}`,
      now,
    );
    await recordAudit(tx, actor, {
      action: "ticket.merge",
      entityType: "Ticket",
      entityId: source.id,
      storeId: source.storeId,
      after: { into: target.code },
    });
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: source.storeId,
      payload: { id: source.id, code: source.code },
    });
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: target.storeId,
      payload: { id: target.id, code: target.code },
    });
    return { into: target.code };
  });
}
