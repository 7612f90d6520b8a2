import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { cannedRepliesFor } from "../domain/canned-replies";
import { findDishRatingTrends, findReviews, replyToReview } from "./reviews";

let t: TestDb;
let storeId: string;
let actor: Actor;
let itemId: string;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const u = await t.db.user.create({
    data: { email: "r@test.local", name: "R", role: "STORE_MANAGER", passwordHash: "x" },
  });
  actor = {
    id: u.id,
    email: u.email,
    name: "R",
    role: "STORE_MANAGER",
    locale: null,
    storeIds: [storeId],
  };
  itemId = (
    await t.db.menuItem.create({
      data: { storeId, nameZh: "面", nameEn: "Noodles", priceCents: 100 },
    })
  ).id;
  for (const [rating, daysAgo] of [
    [5, 1],
    [1, 2],
    [4, 9],
  ] as const) {
    const order = await createOrder(t.db, storeId);
    await t.db.review.create({
      data: {
        orderId: order.id,
        storeId,
        rating,
        comment: `rated ${rating}`,
        createdAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
        dishes: { create: { itemId, rating } },
      },
    });
    if (rating === 1) {
      await t.db.ticket.create({
        data: {
          code: "T-LOW",
          orderId: order.id,
          storeId,
          source: "REVIEW",
          subject: "Low rating",
        },
      });
    }
  }
});
afterAll(() => t.cleanup());

describe("reviews", () => {
  it("lists newest first; a 1–2 star review links to the ticket it opened", async () => {
    const rows = await findReviews(t.db, storeId);
    expect(rows.map((r) => [r.rating, r.ticketCode])).toEqual([
      [5, null],
      [1, "T-LOW"],
      [4, null],
    ]);
    expect((await findReviews(t.db, storeId, { maxRating: 2 })).map((r) => r.rating)).toEqual([1]);
    expect(await findReviews(t.db, storeId, { itemId: "other" })).toEqual([]);
  });

  it("replies once; a second reply based on a stale view is refused", async () => {
    const [first] = await findReviews(t.db, storeId);
    if (!first) throw new Error("no review");
    const [canned] = cannedRepliesFor(first.rating, "张三");
    await replyToReview(t.db, actor, {
      reviewId: first.id,
      reply: canned?.zh ?? "",
      expectedReply: null,
    });
    expect((await findReviews(t.db, storeId))[0]?.reply).toBe("感谢张三的好评!期待您再次光临。");
    await expect(
      replyToReview(t.db, actor, { reviewId: first.id, reply: "again", expectedReply: null }),
    ).rejects.toMatchObject({ code: "conflict" });
    const outsider = { ...actor, storeIds: ["elsewhere"] };
    await expect(
      replyToReview(t.db, outsider, {
        reviewId: first.id,
        reply: "x y",
        expectedReply: first.reply,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("gives weekly dish rating averages for analytics", async () => {
    const trend = await findDishRatingTrends(t.db, storeId, 4, NOW);
    expect(trend.map((p) => [p.week, p.avg, p.count])).toEqual([
      ["2026-11-16", 4, 1],
      ["2026-11-23", 3, 2],
    ]);
  });

  it("offers canned replies suited to the rating, in both languages", () => {
    expect(cannedRepliesFor(2, "Li").map((r) => r.id)).toEqual(["sorry"]);
    expect(cannedRepliesFor(5, "Li")[0]).toMatchObject({
      id: "thanks",
      en: expect.stringContaining("Li"),
    });
  });
});
