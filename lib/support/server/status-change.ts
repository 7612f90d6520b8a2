import "server-only";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { businessTimeBetween, DEFAULT_BUSINESS_HOURS } from "../domain/business-hours";
import type { SlaTicket } from "../domain/sla";
import { slaColumns } from "./sla-columns";

/**
 * The column changes of moving a ticket to `status`: pending starts the pause, leaving pending
 * banks the paused staffed time, resolving stamps the time, and the stored deadlines follow.
 */
export function statusColumns(t: SlaTicket, status: TicketStatus, now: Date) {
  const leavingPause = t.pendingSince !== null && status !== "PENDING_CUSTOMER";
  const pausedMs =
    leavingPause && t.pendingSince
      ? t.pausedMs + businessTimeBetween(t.pendingSince, now, DEFAULT_BUSINESS_HOURS)
      : t.pausedMs;
  const pendingSince = status === "PENDING_CUSTOMER" ? (t.pendingSince ?? now) : null;
  const next: SlaTicket = { ...t, status, pausedMs, pendingSince };
  return {
    status,
    pausedMs,
    pendingSince,
    // Closing keeps the time it was resolved; reopening clears it.
    ...(status === "CLOSED" ? {} : { resolvedAt: status === "RESOLVED" ? now : null }),
    ...slaColumns(next, now),
  };
}
