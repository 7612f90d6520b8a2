import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { ReplyToReviewInput } from "../schemas";

export type ReviewRow = {
  id: string;
  createdAt: Date;
  rating: number;
  comment: string | null;
  reply: string | null;
  orderId: string;
  orderCode: string;
  customerName: string;
  dishes: { itemId: string; nameZh: string; nameEn: string; rating: number }[];
  /** The support ticket a low rating opened, when there is one. */
  ticketId: string | null;
  ticketCode: string | null;
};

export type DishTrendPoint = {
  week: string;
  itemId: string;
  nameZh: string;
  nameEn: string;
  avg: number;
  count: number;
};

/** A store's reviews, newest first, optionally only those rating one dish or at most a rating. */
export async function findReviews(
  db: Db,
  storeId: string,
  filter: { itemId?: string; maxRating?: number } = {},
): Promise<ReviewRow[]> {
  const rows = await db.review.findMany({
    where: {
      storeId,
      ...(filter.itemId ? { dishes: { some: { itemId: filter.itemId } } } : {}),
      ...(filter.maxRating ? { rating: { lte: filter.maxRating } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      createdAt: true,
      rating: true,
      comment: true,
      reply: true,
      order: { select: { id: true, code: true, customerName: true } },
      dishes: {
        select: { itemId: true, rating: true, item: { select: { nameZh: true, nameEn: true } } },
      },
    },
  });
  const low = rows.filter((r) => r.rating <= 2).map((r) => r.order.id);
  const tickets = low.length
    ? await db.ticket.findMany({
        where: { orderId: { in: low }, source: "REVIEW" },
        select: { id: true, code: true, orderId: true },
      })
    : [];
  const byOrder = new Map(tickets.map((t) => [t.orderId, t]));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    rating: r.rating,
    comment: r.comment,
    reply: r.reply,
    orderId: r.order.id,
    orderCode: r.order.code,
    customerName: r.order.customerName,
    dishes: r.dishes.map((d) => ({ itemId: d.itemId, rating: d.rating, ...d.item })),
    ticketId: byOrder.get(r.order.id)?.id ?? null,
    ticketCode: byOrder.get(r.order.id)?.code ?? null,
  }));
}

/** Replies to a review; refused if someone replied (or changed the reply) since it was loaded. */
export async function replyToReview(
  db: Db,
  actor: Actor,
  input: ReplyToReviewInput,
  meta?: RequestMeta,
) {
  const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { id: input.reviewId, ...scope },
      select: { id: true, storeId: true, reply: true },
    });
    if (!review) throw new AppError("not_found", "No such review in your stores.");
    const { count } = await tx.review.updateMany({
      where: { id: review.id, reply: input.expectedReply },
      data: { reply: input.reply, repliedById: actor.id, repliedAt: new Date() },
    });
    if (count === 0) {
      throw new AppError(
        "conflict",
        "Someone replied to this review meanwhile; reload to see it.",
        {
          fields: { reply: ["Changed by someone else."] },
        },
      );
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "review.replied",
        entityType: "Review",
        entityId: review.id,
        storeId: review.storeId,
        before: { reply: review.reply },
        after: { reply: input.reply },
      },
      meta,
    );
    return { reply: input.reply };
  });
}

function weekKey(d: Date): string {
  // Monday of the week, Asia/Shanghai.
  const local = new Date(d.getTime() + 8 * 3_600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - dow * 86_400_000).toISOString().slice(0, 10);
}

/** Weekly average dish ratings of a store (oldest week first), for analytics charts. */
export async function findDishRatingTrends(
  db: Db,
  storeId: string,
  weeks = 8,
  now = new Date(),
): Promise<DishTrendPoint[]> {
  const since = new Date(now.getTime() - weeks * 7 * 86_400_000);
  const rows = await db.dishRating.findMany({
    where: { review: { storeId, createdAt: { gte: since } } },
    select: {
      itemId: true,
      rating: true,
      review: { select: { createdAt: true } },
      item: { select: { nameZh: true, nameEn: true } },
    },
  });
  const acc = new Map<string, DishTrendPoint & { sum: number }>();
  for (const r of rows) {
    const week = weekKey(r.review.createdAt);
    const key = `${week}|${r.itemId}`;
    const p = acc.get(key) ?? { week, itemId: r.itemId, ...r.item, avg: 0, count: 0, sum: 0 };
    p.sum += r.rating;
    p.count += 1;
    acc.set(key, p);
  }
  return [...acc.values()]
    .map(({ sum, ...p }) => ({ ...p, avg: Math.round((sum / p.count) * 100) / 100 }))
    .sort((a, b) => a.week.localeCompare(b.week) || a.nameEn.localeCompare(b.nameEn));
}
