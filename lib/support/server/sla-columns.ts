import "server-only";
import { addBusinessTime, DEFAULT_BUSINESS_HOURS } from "../domain/business-hours";
import { SLA_TARGETS, ticketSla, type SlaTicket } from "../domain/sla";

/**
 * The stored SLA deadlines of a ticket, so the inbox can filter and sort breaches in SQL.
 * Resolution has no stored deadline while paused (pending the customer).
 */
export function slaColumns(t: SlaTicket, now: Date) {
  const hours = DEFAULT_BUSINESS_HOURS;
  const sla = ticketSla(t, now, hours);
  return {
    firstResponseDueAt: addBusinessTime(
      t.createdAt,
      SLA_TARGETS[t.priority].firstResponse * 60_000,
      hours,
    ),
    nextResponseDueAt: sla.nextResponse?.dueAt ?? null,
    resolutionDueAt: sla.paused ? null : (sla.resolution?.dueAt ?? null),
  };
}

/** The SLA fields a ticket row carries, as `ticketSla` wants them. */
export const SLA_SELECT = {
  priority: true,
  status: true,
  createdAt: true,
  firstRespondedAt: true,
  awaitingSince: true,
  pausedMs: true,
  pendingSince: true,
} as const;
