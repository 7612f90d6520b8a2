import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import type { Explanation } from "@/lib/campaigns/domain/types";
import { previewCampaign } from "@/lib/campaigns/domain/warnings";
import { createCampaign } from "./mutations";
import { campaignEngineSelect, toEngineCampaign } from "./pricing-inputs";
import { transitionCampaign } from "./publish";
import { quotePhoneOrder } from "./quote";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let marketer: Actor;
const now = new Date("2026-11-24T04:30:00Z");

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "G1");
  const user = await createUser(t.db, { role: "MARKETER" });
  marketer = { ...user, role: "MARKETER", locale: null, storeIds: null };
});
afterAll(() => t.cleanup());

describe("one engine for intake, the back-office order form and the editor preview", () => {
  it("gives the same discount lines for a campaign built in the editor", async () => {
    const c = await createCampaign(t.db, marketer, {
      name: "满30减5 满50减10",
      type: "THRESHOLD",
      startsAt: new Date("2026-11-20T00:00:00Z"),
      endsAt: new Date("2026-12-20T00:00:00Z"),
      storeIds: [s.store.id],
      budgetCents: null,
      redemptionLimit: null,
      storeSharePct: 40,
      exclusive: false,
      priority: 0,
      rules: {
        tiers: [
          { minSubtotalCents: 3000, discountCents: 500 },
          { minSubtotalCents: 5000, discountCents: 1000 },
        ],
      },
    });
    await transitionCampaign(
      t.db,
      marketer,
      { campaignId: c.id, action: "publish", acknowledged: true },
      undefined,
      now,
    );
    const body = {
      customer: { name: "李雷", phone: "13933330001" },
      address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
      items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
    };
    const quoted = await quotePhoneOrder(t.db, marketer, { ...body, storeId: s.store.id }, now);
    const placed = await placeChannelOrder(
      t.db,
      { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" },
      body,
      { now },
    );
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id } });
    const stored = JSON.parse(order.pricingExplanation ?? "null") as Explanation;
    const lines = (e: Explanation) =>
      e.lines.map((l) => [l.campaignId, l.code, l.amountCents, l.storeCostCents]);
    expect(lines(quoted)).toEqual([[c.id, "THRESHOLD_TIER", 1000, 400]]);
    expect(lines(stored)).toEqual(lines(quoted));
    expect(stored.totalCents).toBe(quoted.totalCents);
    expect(placed.totalCents).toBe(quoted.totalCents);

    // The editor's preview runs the same engine: a sample cart over ¥50 gets the same ¥10 off.
    const row = await t.db.campaign.findUniqueOrThrow({
      where: { id: c.id },
      select: campaignEngineSelect,
    });
    const engine = toEngineCampaign(row);
    if (!engine) throw new Error("campaign expected");
    const preview = previewCampaign(engine).filter((p) => p.subtotalCents >= 5000);
    expect(preview.length).toBeGreaterThan(0);
    for (const p of preview) expect(lines(p.explanation)).toEqual(lines(quoted));
  });
});
