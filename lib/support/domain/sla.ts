import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { addBusinessTime, businessTimeBetween, type BusinessHours } from "./business-hours";

/** Staffed minutes allowed per priority for each SLA clock. */
export type SlaTargets = { firstResponse: number; nextResponse: number; resolution: number };

export const SLA_TARGETS: Record<TicketPriority, SlaTargets> = {
  URGENT: { firstResponse: 5, nextResponse: 10, resolution: 60 },
  HIGH: { firstResponse: 10, nextResponse: 20, resolution: 240 },
  NORMAL: { firstResponse: 30, nextResponse: 60, resolution: 480 },
  LOW: { firstResponse: 120, nextResponse: 240, resolution: 1440 },
};

const MIN = 60_000;

/** What the SLA clocks need to know about a ticket. */
export type SlaTicket = {
  priority: TicketPriority;
  status: TicketStatus;
  createdAt: Date;
  firstRespondedAt: Date | null;
  /** The oldest customer message not yet answered by an agent (null = nothing waiting). */
  awaitingSince: Date | null;
  /** Staffed time already spent waiting on the customer, in ms. */
  pausedMs: number;
  /** Set while the ticket is PENDING_CUSTOMER. */
  pendingSince: Date | null;
};

export type SlaClock = { dueAt: Date; breached: boolean; msLeft: number } | null;

export type SlaState = {
  firstResponse: SlaClock;
  nextResponse: SlaClock;
  resolution: SlaClock;
  /** The resolution clock is stopped: the ball is in the customer's court. */
  paused: boolean;
  breached: boolean;
  /** The earliest running deadline, for sorting a queue by urgency. */
  nextDueAt: Date | null;
};

function clock(dueAt: Date, now: Date): NonNullable<SlaClock> {
  return {
    dueAt,
    breached: now.getTime() > dueAt.getTime(),
    msLeft: dueAt.getTime() - now.getTime(),
  };
}

/** Staffed time the ticket has been paused up to `now`, including a pause still running. */
export function totalPausedMs(t: SlaTicket, now: Date, hours: BusinessHours): number {
  const running = t.pendingSince ? businessTimeBetween(t.pendingSince, now, hours) : 0;
  return t.pausedMs + running;
}

/**
 * The three SLA clocks of a ticket at `now`. First response runs from creation until an agent
 * first answers; next response runs from the oldest unanswered customer message; resolution
 * runs from creation, pushed back by the staffed time spent pending the customer. Resolved and
 * closed tickets have no running clocks.
 */
export function ticketSla(t: SlaTicket, now: Date, hours: BusinessHours): SlaState {
  const targets = SLA_TARGETS[t.priority];
  const done = t.status === "RESOLVED" || t.status === "CLOSED";
  const paused = t.status === "PENDING_CUSTOMER";
  const firstResponse =
    done || t.firstRespondedAt
      ? null
      : clock(addBusinessTime(t.createdAt, targets.firstResponse * MIN, hours), now);
  const nextResponse =
    done || paused || !t.firstRespondedAt || !t.awaitingSince
      ? null
      : clock(addBusinessTime(t.awaitingSince, targets.nextResponse * MIN, hours), now);
  const resolutionDue = addBusinessTime(
    t.createdAt,
    targets.resolution * MIN + totalPausedMs(t, now, hours),
    hours,
  );
  // While paused the deadline keeps moving with the pause, so it cannot breach.
  const resolution = done
    ? null
    : paused
      ? { ...clock(resolutionDue, now), breached: false }
      : clock(resolutionDue, now);
  const running = [firstResponse, nextResponse, paused ? null : resolution].filter(
    (c): c is NonNullable<SlaClock> => c !== null,
  );
  const nextDueAt = running.length
    ? new Date(Math.min(...running.map((c) => c.dueAt.getTime())))
    : null;
  return {
    firstResponse,
    nextResponse,
    resolution,
    paused,
    breached: running.some((c) => c.breached),
    nextDueAt,
  };
}
