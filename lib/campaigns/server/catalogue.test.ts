import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/actor";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { campaignFormSchema, type CampaignFormInput } from "@/lib/campaigns/schemas";
import { createCampaign } from "./mutations";
import { transitionCampaign } from "./publish";
import { findCampaignCatalogue } from "./catalogue";
import { getCampaignDaily } from "./results-daily";

let t: TestDb;
let actor: Actor;
let home: Awaited<ReturnType<typeof createIntakeStore>>;
let other: Awaited<ReturnType<typeof createIntakeStore>>;
let noodleCategory: string;
// Tuesday 2026-11-24 12:30 in Shanghai (04:30 UTC); 15:30 is after the sale's hours.
const lunch = new Date("2026-11-24T04:30:00Z");
const afternoon = new Date("2026-11-24T07:30:00Z");

beforeAll(async () => {
  t = createTestDb();
  home = await createIntakeStore(t.db, "K1");
  other = await createIntakeStore(t.db, "K2");
  const category = await t.db.menuCategory.create({
    data: { storeId: home.store.id, nameZh: "面", nameEn: "Noodles" },
  });
  noodleCategory = category.id;
  await t.db.menuItem.update({ where: { id: home.noodles.id }, data: { categoryId: category.id } });
  const user = await createUser(t.db, { role: "MARKETER" });
  actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "MARKETER",
    locale: null,
    storeIds: null,
  };
});
afterAll(() => t.cleanup());

const flashSale = (rules: Partial<CampaignFormInput["rules"]> = {}, storeIds?: string[]) =>
  campaignFormSchema.parse({
    name: "午市秒杀",
    type: "FLASH_SALE",
    startsAt: new Date("2026-11-20T00:00:00Z"),
    endsAt: new Date("2026-12-20T00:00:00Z"),
    storeIds: storeIds ?? [home.store.id],
    budgetCents: null,
    redemptionLimit: 10,
    storeSharePct: 30,
    exclusive: false,
    priority: 0,
    rules: {
      pricePercent: 50,
      maxPerOrder: 1,
      categoryIds: [noodleCategory],
      hours: { from: "11:00", to: "14:00" },
      daysOfWeek: [1, 2, 3, 4, 5],
      ...rules,
    },
  } satisfies CampaignFormInput);

const order = (phone: string) => ({
  customer: { name: "韩梅梅", phone },
  address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
  items: [
    { itemId: home.noodles.id, quantity: 2, optionIds: [] },
    { itemId: home.tea.id, quantity: 1, optionIds: [home.largeId] },
  ],
});

async function fieldsOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return Object.keys((error as AppError).details?.fields ?? {});
}

describe("targeted campaigns from the editor", () => {
  it("lists the catalogue a campaign can target: items, categories, zones", async () => {
    const catalogue = await findCampaignCatalogue(t.db, actor);
    expect(catalogue.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([home.noodles.id, other.tea.id]),
    );
    expect(catalogue.categories.map((c) => c.id)).toEqual([noodleCategory]);
    expect(catalogue.zones.map((z) => z.id).sort()).toEqual([home.zone.id, other.zone.id].sort());
  });

  it("refuses targets outside the campaign's stores as field errors", async () => {
    expect(
      await fieldsOf(createCampaign(t.db, actor, flashSale({ itemIds: [other.tea.id] }))),
    ).toEqual(["rules.itemIds"]);
    expect(
      await fieldsOf(createCampaign(t.db, actor, flashSale({ zoneIds: [other.zone.id] }))),
    ).toEqual(["rules.zoneIds"]);
    expect(await t.db.campaign.count()).toBe(0);
  });

  it("discounts the targeted category in the sale hours only, and charts the day", async () => {
    const c = await createCampaign(t.db, actor, flashSale({ zoneIds: [home.zone.id] }));
    const published = await transitionCampaign(
      t.db,
      actor,
      { campaignId: c.id, action: "publish", acknowledged: true },
      undefined,
      lunch,
    );
    expect(published.status).toBe("LIVE");
    const principal = {
      keyId: home.apiKey.id,
      storeId: home.store.id,
      channel: "STOREFRONT" as const,
    };

    const inHours = await placeChannelOrder(t.db, principal, order("13900002001"), { now: lunch });
    // One noodle bowl (the limit per order) at half of ¥28; the tea is not in the category.
    expect(inHours.discountCents).toBe(1400);
    const after = await placeChannelOrder(t.db, principal, order("13900002002"), {
      now: afternoon,
    });
    expect(after.discountCents).toBe(0);

    const days = await getCampaignDaily(t.db, c.id);
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      redemptions: 1,
      storeCostCents: 420,
      platformCostCents: 980,
      revenueCents: inHours.totalCents,
    });
  });
});
