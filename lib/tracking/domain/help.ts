import type { TicketPriority } from "@/lib/generated/prisma/enums";

/** Reasons a customer can pick on the tracking page. */
export const HELP_REASONS = ["late", "missing_item", "wrong_item", "other"] as const;
export type HelpReason = (typeof HELP_REASONS)[number];

// A missing or wrong item needs a refund decision while the customer is still waiting to eat.
const PRIORITY: Record<HelpReason, TicketPriority> = {
  late: "HIGH",
  missing_item: "HIGH",
  wrong_item: "HIGH",
  other: "NORMAL",
};

const SUBJECT: Record<HelpReason, string> = {
  late: "Order late / 订单超时",
  missing_item: "Missing item / 漏送餐品",
  wrong_item: "Wrong item / 送错餐品",
  other: "Other / 其他问题",
};

export const FIRST_RESPONSE_MS = 10 * 60_000;
export const RESOLUTION_MS = 4 * 3_600_000;
export const HELP_REQUESTS_PER_HOUR = 5;

/** Priority of a help ticket opened for this reason. */
export function helpPriority(reason: HelpReason): TicketPriority {
  return PRIORITY[reason];
}

/** Ticket subject for a help reason on an order; bilingual because agents work in either. */
export function helpSubject(reason: HelpReason, orderCode: string): string {
  return `${SUBJECT[reason]} · ${orderCode}`;
}

/** SLA due times of a customer ticket opened at `now`. */
export function ticketDueTimes(now: Date): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  return {
    firstResponseDueAt: new Date(now.getTime() + FIRST_RESPONSE_MS),
    resolutionDueAt: new Date(now.getTime() + RESOLUTION_MS),
  };
}

let ticketSerial = 0;

/**
 * A ticket code past the seeded sequence (T100001…): milliseconds, a per-process serial (so one
 * instance never repeats a code, even for many tickets opened at the same instant, as the
 * late-order sweep does) and three random digits (so two instances do not agree by accident);
 * the unique index catches the rest.
 */
export function newTicketCode(now: Date, random: () => number = Math.random): string {
  ticketSerial = (ticketSerial + 1) % 1000;
  const serial = ticketSerial.toString().padStart(3, "0");
  const suffix = Math.floor(random() * 1000)
    .toString()
    .padStart(3, "0");
  return `T${now.getTime()}${serial}${suffix}`;
}
