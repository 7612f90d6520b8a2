import type { TicketSource } from "@/lib/generated/prisma/client";
import type { Env, SettledOrder } from "./env";
import type { Rng } from "./prng";
import { REPLY_EN, REPLY_ZH, REVIEW_EN, REVIEW_ZH, type TicketKind } from "./support-texts";
import { writeTicket } from "./tickets";
import { MINUTE } from "./time";

export type SupportState = {
  ticketSeq: number;
  storeRatings: Map<string, { sum: number; n: number }>;
};

export function newSupportState(): SupportState {
  return { ticketSeq: 100_000, storeRatings: new Map() };
}

// Some kitchens are simply better loved than others, so store ratings spread out (~3.9 to ~4.7).
const STORE_BIAS: Record<string, number> = {
  S02: 0.3,
  S06: 0.25,
  S10: 0.45,
  S12: 0.2,
  S05: -0.35,
  S07: -0.25,
  S14: -0.15,
};

function storeBias(rng: Rng, storeCode: string, score: number): number {
  const bias = STORE_BIAS[storeCode] ?? 0;
  if (!rng.chance(Math.abs(bias))) return score;
  return Math.max(1, Math.min(5, score + Math.sign(bias)));
}

function rating(rng: Rng, late: boolean, refunded: boolean): number {
  if (refunded)
    return rng.weighted([
      [5, 10],
      [4, 15],
      [3, 25],
      [2, 25],
      [1, 25],
    ] as const);
  if (late)
    return rng.weighted([
      [5, 25],
      [4, 25],
      [3, 20],
      [2, 15],
      [1, 15],
    ] as const);
  return rng.weighted([
    [5, 62],
    [4, 24],
    [3, 8],
    [2, 3],
    [1, 3],
  ] as const);
}

/**
 * Reviews (~25% of delivered orders, low scores more likely when late) and support tickets
 * (~2% of orders, from low reviews, lateness, the tracking page and refunds). Returns the ticket
 * a refund of this order should link to.
 */
export function onOrderSettled(env: Env, o: SettledOrder): string | null {
  const { rng, now, w } = env;
  let ticket: { kind: TicketKind; source: TicketSource; at: number } | null = null;
  if (o.deliveredAt !== null && o.status === "DELIVERED" && rng.chance(0.25)) {
    const reviewAt = o.deliveredAt + rng.int(20, 30 * 60) * MINUTE;
    if (reviewAt <= now) {
      const score = storeBias(rng, o.store.def.code, rating(rng, o.late, o.refund !== null));
      const en = o.locale === "en";
      const reviewId = rng.id("v");
      const managers = env.staff.storeUserIds.get(o.store.def.code) ?? [];
      const replied = managers[0] !== undefined && rng.chance(score <= 2 ? 0.8 : 0.4);
      const repliedAt = reviewAt + rng.int(30, 20 * 60) * MINUTE;
      w.push("review", {
        id: reviewId,
        orderId: o.id,
        storeId: o.store.id,
        customerId: o.customerId,
        rating: score,
        comment: rng.chance(0.75) ? rng.pick((en ? REVIEW_EN : REVIEW_ZH)[score] ?? []) : null,
        reply:
          replied && repliedAt <= now
            ? en
              ? rng.pick(REPLY_EN)
              : rng.pick(REPLY_ZH[score] ?? [])
            : null,
        repliedById: replied && repliedAt <= now ? (managers[0] ?? null) : null,
        repliedAt: replied && repliedAt <= now ? new Date(repliedAt) : null,
        createdAt: new Date(reviewAt),
      });
      const agg = env.support.storeRatings.get(o.store.id) ?? { sum: 0, n: 0 };
      agg.sum += score;
      agg.n += 1;
      env.support.storeRatings.set(o.store.id, agg);
      if (rng.chance(0.35)) {
        for (const l of o.lines.slice(0, 2)) {
          const r = Math.max(1, Math.min(5, score + rng.int(-1, 1)));
          w.push("dishRating", { reviewId, itemId: l.item.id, rating: r });
        }
      }
      if (score <= 2 && rng.chance(0.4))
        ticket = { kind: "review", source: "REVIEW", at: reviewAt + rng.int(5, 60) * MINUTE };
    }
  }
  if (ticket === null && o.refund !== null && rng.chance(0.15)) {
    // The customer complained first; the refund is the agent's answer to the ticket.
    ticket = {
      kind: o.refund.full ? "refund" : "missing",
      source: "TRACKING_PAGE",
      at: o.refund.at - rng.int(5, 12) * MINUTE,
    };
  } else if (
    ticket === null &&
    o.late &&
    (o.deliveredAt ?? 0) > o.promisedAt + 10 * MINUTE &&
    rng.chance(0.12)
  ) {
    ticket = { kind: "late", source: "ORDER_EXCEPTION", at: o.promisedAt + 10 * MINUTE };
  } else if (ticket === null && rng.chance(0.003)) {
    ticket = {
      kind: "where",
      source: "TRACKING_PAGE",
      at: Math.min(now - MINUTE, o.placedAt + rng.int(20, 40) * MINUTE),
    };
  }
  if (ticket === null || ticket.at > now || ticket.at < o.placedAt) return null;
  return writeTicket(env, o, ticket.kind, ticket.source, ticket.at);
}
