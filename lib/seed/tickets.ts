import type { TicketPriority, TicketSource, TicketStatus } from "@/lib/generated/prisma/client";
import type { Env, SettledOrder } from "./env";
import {
  AGENT_FIRST,
  AGENT_RESOLVE,
  CSAT_COMMENTS,
  CUSTOMER_MSG,
  INTERNAL_NOTES,
  TICKET_SUBJECTS,
  type TicketKind,
} from "./support-texts";
import { HOUR, MINUTE } from "./time";

const FIRST_RESPONSE: Record<TicketPriority, number> = {
  URGENT: 15,
  HIGH: 30,
  NORMAL: 120,
  LOW: 480,
};
const RESOLUTION: Record<TicketPriority, number> = { URGENT: 4, HIGH: 8, NORMAL: 24, LOW: 72 };

/**
 * A ticket whose status follows its age (recent ones open, some unassigned; old ones resolved or
 * closed, many with a CSAT score), with SLA due times and a plausible message thread.
 */
export function writeTicket(
  env: Env,
  o: SettledOrder,
  kind: TicketKind,
  source: TicketSource,
  at: number,
): string {
  const { rng, now, w } = env;
  const id = rng.id("k");
  const age = now - at;
  const priority: TicketPriority =
    kind === "late"
      ? rng.pick(["HIGH", "URGENT"] as const)
      : kind === "where"
        ? "LOW"
        : kind === "review"
          ? "HIGH"
          : "NORMAL";
  const status: TicketStatus =
    age < 24 * HOUR
      ? rng.weighted([
          ["OPEN", 50],
          ["PENDING_CUSTOMER", 25],
          ["RESOLVED", 25],
        ] as const)
      : age < 72 * HOUR
        ? rng.weighted([
            ["OPEN", 15],
            ["PENDING_CUSTOMER", 15],
            ["RESOLVED", 70],
          ] as const)
        : rng.weighted([
            ["RESOLVED", 30],
            ["CLOSED", 70],
          ] as const);
  // Fresh open tickets are often still waiting in the unassigned queue.
  const unassigned = status === "OPEN" && rng.chance(0.5);
  const assigneeId = unassigned ? null : rng.pick(env.staff.supportIds);
  const respondedAt = unassigned ? null : Math.min(now - MINUTE, at + rng.int(3, 100) * MINUTE);
  const done = status === "RESOLVED" || status === "CLOSED";
  const resolvedAt = done ? Math.min(now - MINUTE, at + rng.int(30, 30 * 60) * MINUTE) : null;
  const en = o.locale === "en" ? 1 : 0;
  const csat =
    done && rng.chance(0.6)
      ? rng.weighted([
          [5, 45],
          [4, 25],
          [3, 15],
          [2, 8],
          [1, 7],
        ] as const)
      : null;
  w.push("ticket", {
    id,
    code: `T${++env.support.ticketSeq}`,
    orderId: o.id,
    customerId: o.customerId,
    storeId: o.store.id,
    source,
    subject: `${TICKET_SUBJECTS[kind][en]} · ${o.code}`,
    status,
    priority,
    assigneeId,
    labels: JSON.stringify([
      kind,
      ...(o.refund !== null ? ["refund"] : []),
      o.channel.toLowerCase(),
    ]),
    firstResponseDueAt: new Date(at + FIRST_RESPONSE[priority] * MINUTE),
    resolutionDueAt: new Date(at + RESOLUTION[priority] * HOUR),
    firstRespondedAt: respondedAt === null ? null : new Date(respondedAt),
    resolvedAt: resolvedAt === null ? null : new Date(resolvedAt),
    csatScore: csat,
    csatComment: csat !== null && rng.chance(0.4) ? rng.pick(CSAT_COMMENTS) : null,
    createdAt: new Date(at),
    updatedAt: new Date(resolvedAt ?? respondedAt ?? at),
  });
  const msg = (
    authorType: "CUSTOMER" | "AGENT" | "SYSTEM",
    body: string,
    t: number,
    internal = false,
  ): void => {
    w.push("ticketMessage", {
      id: rng.id("n"),
      ticketId: id,
      authorType,
      authorId: authorType === "AGENT" ? assigneeId : null,
      body,
      internal,
      createdAt: new Date(t),
    });
  };
  if (source === "ORDER_EXCEPTION")
    msg("SYSTEM", `订单 ${o.code} 超过承诺送达时间仍未送达，系统自动建单。`, at);
  else msg("CUSTOMER", CUSTOMER_MSG[kind][en], at);
  if (respondedAt !== null) {
    msg("AGENT", AGENT_FIRST[en].replace("{{code}}", o.code), respondedAt);
    if (rng.chance(0.3)) msg("AGENT", rng.pick(INTERNAL_NOTES), respondedAt + 2 * MINUTE, true);
    if (status === "PENDING_CUSTOMER")
      msg(
        "AGENT",
        en
          ? "Could you send a photo of the order, please?"
          : "麻烦您拍一下餐品照片发给我们，谢谢。",
        respondedAt + 4 * MINUTE,
      );
  }
  if (resolvedAt !== null) {
    if (rng.chance(0.4))
      msg("CUSTOMER", en ? "OK, thanks." : "好的，谢谢。", resolvedAt - 5 * MINUTE);
    msg("AGENT", AGENT_RESOLVE[en], resolvedAt);
  }
  return id;
}
