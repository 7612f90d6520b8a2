import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** Seconds a store has to accept a new order before it counts as late. */
export const ACCEPT_SLA_SECONDS = 180;
/** Prep time assumed when neither the order nor the store states one. */
export const DEFAULT_PREP_MINUTES = 15;

export type SlaStage = "accept" | "ready" | "deliver" | "none";

export type SlaInput = {
  status: OrderStatus;
  placedAt: Date;
  acceptedAt: Date | null;
  prepMinutes: number | null;
  promisedAt: Date;
  estimatedAt: Date | null;
};

export type Sla = { stage: SlaStage; deadline: Date | null; secondsLeft: number; late: boolean };

/**
 * The timer a card shows: time to accept while PLACED, time to ready while ACCEPTED or
 * PREPARING, time to the (estimated, else promised) delivery after that. An order is late when
 * its current stage is overdue or the promise to the customer has already passed.
 */
export function slaFor(order: SlaInput, now: Date): Sla {
  let stage: SlaStage = "none";
  let deadline: Date | null = null;
  if (order.status === "PLACED") {
    stage = "accept";
    deadline = new Date(order.placedAt.getTime() + ACCEPT_SLA_SECONDS * 1000);
  } else if (order.status === "ACCEPTED" || order.status === "PREPARING") {
    stage = "ready";
    const from = order.acceptedAt ?? order.placedAt;
    const prep = order.prepMinutes ?? DEFAULT_PREP_MINUTES;
    deadline = new Date(from.getTime() + prep * 60_000);
  } else if (order.status === "READY" || order.status === "PICKED_UP") {
    stage = "deliver";
    deadline = order.estimatedAt ?? order.promisedAt;
  }
  if (!deadline) return { stage, deadline, secondsLeft: 0, late: false };
  const secondsLeft = Math.round((deadline.getTime() - now.getTime()) / 1000);
  const late = secondsLeft < 0 || now.getTime() > order.promisedAt.getTime();
  return { stage, deadline, secondsLeft, late };
}

/** "m:ss" (or "-m:ss" when overdue) for a countdown. */
export function formatCountdown(seconds: number): string {
  const abs = Math.abs(seconds);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
  return seconds < 0 ? `-${text}` : text;
}
