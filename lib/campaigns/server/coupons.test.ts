import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/actor";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { generateCoupons } from "./coupons";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;
let marketer: Actor;
let campaignId: string;
const now = new Date("2026-11-24T04:30:00Z");

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "K1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  const user = await createUser(t.db, { role: "MARKETER" });
  marketer = { ...user, role: "MARKETER", locale: null, storeIds: null };
  const c = await t.db.campaign.create({
    data: {
      name: "券",
      type: "COUPON",
      status: "LIVE",
      rules: JSON.stringify({ discountCents: 600, minSubtotalCents: 3000 }),
      startsAt: new Date("2026-11-01T00:00:00Z"),
      endsAt: new Date("2026-12-01T00:00:00Z"),
      storeSharePct: 0,
    },
  });
  campaignId = c.id;
});
afterAll(() => t.cleanup());

const order = (phone: string, couponCode: string, at = now) =>
  placeChannelOrder(
    t.db,
    principal,
    {
      customer: { name: "顾客", phone },
      address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
      items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
      couponCode,
    },
    { now: at },
  );
async function reason(promise: Promise<unknown>): Promise<unknown> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details?.reason ?? (error as AppError).code;
}

describe("coupons", () => {
  it("generates open multi-use codes valid for the campaign, used up and limited per phone", async () => {
    const made = await generateCoupons(t.db, marketer, {
      campaignId,
      count: 1,
      prefix: "TEAM",
      maxUses: 3,
      perCustomerLimit: 1,
      customerPhones: [],
    });
    const code = made.codes[0] ?? "";
    expect(code).toMatch(/^TEAM[2-9A-Z]{8}$/);
    expect(await t.db.coupon.findUniqueOrThrow({ where: { code } })).toMatchObject({
      maxUses: 3,
      perCustomerLimit: 1,
      customerId: null,
      validFrom: new Date("2026-11-01T00:00:00Z"),
      validTo: new Date("2026-12-01T00:00:00Z"),
    });
    expect((await order("13944440001", code)).discountCents).toBe(600);
    // The same phone again: over its per-customer limit, though the code has uses left.
    expect(await reason(order("13944440001", code))).toBe("COUPON_CUSTOMER_LIMIT");
    expect((await order("13944440002", code.toLowerCase())).discountCents).toBe(600);
    expect((await order("13944440003", code)).discountCents).toBe(600);
    expect(await reason(order("13944440004", code))).toBe("COUPON_USED_UP");
    expect(await t.db.redemption.count({ where: { coupon: { code } } })).toBe(3);
  });

  it("issues one code per known customer, usable by that customer only, and not before its start", async () => {
    await t.db.customer.create({ data: { name: "韩梅梅", phone: "13944440009" } });
    const bad = await generateCoupons(t.db, marketer, {
      campaignId,
      count: 1,
      prefix: "",
      maxUses: 1,
      perCustomerLimit: 1,
      customerPhones: ["13944440009", "13900000000"],
    }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).details?.fields?.customerPhones).toHaveLength(1);

    const issued = await generateCoupons(t.db, marketer, {
      campaignId,
      count: 1,
      prefix: "VIP",
      maxUses: 1,
      perCustomerLimit: 1,
      customerPhones: ["13944440009"],
    });
    const code = issued.codes[0] ?? "";
    expect(await reason(order("13944440008", code))).toBe("COUPON_FOREIGN");
    expect(await reason(order("13944440009", code, new Date("2026-10-30T04:30:00Z")))).toBe(
      "COUPON_NOT_YET_VALID",
    );
    expect((await order("13944440009", code)).discountCents).toBe(600);
  });

  it("refuses codes for a campaign that is not a coupon campaign", async () => {
    const other = await t.db.campaign.create({
      data: {
        name: "满减",
        type: "THRESHOLD",
        rules: "{}",
        startsAt: now,
        endsAt: new Date("2026-12-01T00:00:00Z"),
        storeSharePct: 0,
      },
    });
    const input = { count: 1, prefix: "", maxUses: 1, perCustomerLimit: 1, customerPhones: [] };
    const error = await generateCoupons(t.db, marketer, { ...input, campaignId: other.id }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).details?.fields?.campaignId).toHaveLength(1);
  });
});
