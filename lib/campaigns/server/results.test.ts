import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { campaignEngineSelect, toEngineCampaign } from "./pricing-inputs";
import { transitionCampaign } from "./publish";
import { getCampaignResults } from "./results";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;
let marketer: Actor;

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "R1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  const user = await createUser(t.db, { role: "MARKETER" });
  marketer = { ...user, role: "MARKETER", locale: null, storeIds: null };
});
afterAll(() => t.cleanup());

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, "0")}T04:30:00Z`);
const order = (phone: string, day: number) =>
  placeChannelOrder(
    t.db,
    principal,
    {
      customer: { name: "顾客", phone },
      address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
      items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
    },
    { now: at(day) },
  );

async function results(id: string, now: Date) {
  const row = await t.db.campaign.findUniqueOrThrow({
    where: { id },
    select: campaignEngineSelect,
  });
  const engine = toEngineCampaign(row);
  if (!engine) throw new Error("campaign expected");
  return getCampaignResults(t.db, engine, now);
}

describe("campaign results", () => {
  it("counts redemptions, cost by bearer, orders, revenue, new customers and matched-period lift; a paused campaign gives nothing at intake", async () => {
    const c = await t.db.campaign.create({
      data: {
        name: "满30减5",
        type: "THRESHOLD",
        status: "LIVE",
        rules: JSON.stringify({ tiers: [{ minSubtotalCents: 3000, discountCents: 500 }] }),
        startsAt: new Date("2026-11-20T00:00:00Z"),
        endsAt: new Date("2026-12-20T00:00:00Z"),
        storeSharePct: 60,
      },
    });
    // Before the start: a returning customer's first order and two walk-in orders.
    expect((await order("13911110003", 18)).discountCents).toBe(0);
    await createOrder(t.db, s.store.id, at(16));
    await createOrder(t.db, s.store.id, at(17));
    // During: two new customers (one twice) and the returning one.
    const during = [
      await order("13911110001", 21),
      await order("13911110001", 22),
      await order("13911110002", 23),
      await order("13911110003", 24),
    ];
    expect(during.map((o) => o.discountCents)).toEqual([500, 500, 500, 500]);

    const r = await results(c.id, new Date("2026-11-24T12:00:00Z"));
    expect(r).toMatchObject({
      redemptions: 4,
      discountCents: 2000,
      storeCostCents: 1200,
      platformCostCents: 800,
      orders: 4,
      revenueCents: during.reduce((a, o) => a + o.totalCents, 0),
      newCustomers: 2,
    });
    // 4.5 days of campaign against the 4.5 days before: 4 orders against 3.
    expect(r.lift).toEqual({
      days: 4.5,
      duringPerDay: 4 / 4.5,
      beforePerDay: 3 / 4.5,
      liftPct: 33.3,
    });

    // Paused: intake prices without it; resumed: the discount is back.
    const pauseAt = at(25);
    await transitionCampaign(
      t.db,
      marketer,
      { campaignId: c.id, action: "pause" },
      undefined,
      pauseAt,
    );
    const paused = await order("13911110004", 25);
    expect(paused.discountCents).toBe(0);
    expect(await t.db.redemption.count({ where: { orderId: paused.id } })).toBe(0);
    await transitionCampaign(
      t.db,
      marketer,
      { campaignId: c.id, action: "resume" },
      undefined,
      at(26),
    );
    expect((await order("13911110005", 26)).discountCents).toBe(500);
    await transitionCampaign(
      t.db,
      marketer,
      { campaignId: c.id, action: "end" },
      undefined,
      at(27),
    );
    expect((await order("13911110006", 27)).discountCents).toBe(0);
    expect((await results(c.id, at(28))).redemptions).toBe(5);
  });

  it("targets customers lapsed 30 days at intake from their order history by phone", async () => {
    await t.db.campaign.create({
      data: {
        name: "老客回归",
        type: "THRESHOLD",
        status: "LIVE",
        rules: JSON.stringify({
          tiers: [{ minSubtotalCents: 3000, discountCents: 800 }],
          segments: ["LAPSED"],
        }),
        startsAt: new Date("2026-12-01T00:00:00Z"),
        endsAt: new Date("2026-12-31T00:00:00Z"),
        storeSharePct: 0,
      },
    });
    const on = (phone: string, iso: string) =>
      placeChannelOrder(
        t.db,
        principal,
        {
          customer: { name: "顾客", phone },
          address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
          items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
        },
        { now: new Date(iso) },
      );
    await on("13922220001", "2026-10-25T04:30:00Z");
    await on("13922220002", "2026-12-05T04:30:00Z");
    const lapsed = await on("13922220001", "2026-12-10T04:30:00Z");
    const recent = await on("13922220002", "2026-12-10T05:00:00Z");
    const first = await on("13922220003", "2026-12-10T05:30:00Z");
    expect([lapsed.discountCents, recent.discountCents, first.discountCents]).toEqual([800, 0, 0]);
  });
});
