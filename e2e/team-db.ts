import { createHash, randomBytes } from "node:crypto";
import { withE2eDb as withDb } from "./db";

// Data the team specs set up straight in the e2e database: things another app (the courier
// app, another area's request) would have made, so each spec starts from its own rows.

/** The id of a staff account by email. */
export function userIdOf(email: string): Promise<string> {
  return withDb(async (db) => (await db.user.findUniqueOrThrow({ where: { email } })).id);
}

/** An offline courier with a courier-app token, placed at a store. */
export function createAppCourier(storeCode: string) {
  return withDb(async (db) => {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const suffix = randomBytes(3).toString("hex").toUpperCase();
    const token = `wkc_e2e_${suffix}_${randomBytes(12).toString("hex")}`;
    const c = await db.courier.create({
      data: {
        code: `TM${suffix}`,
        name: `排班骑手${suffix}`,
        phone: "13900009999",
        status: "OFFLINE",
        capacity: 3,
        apiTokenHash: createHash("sha256").update(token).digest("hex"),
        lastLat: store.lat + 0.001,
        lastLng: store.lng + 0.001,
        lastPingAt: new Date(),
      },
    });
    return { id: c.id, code: c.code, name: c.name, token };
  });
}

/** Takes a test courier out of the fleet so later specs never see it. */
export function retireCourier(id: string): Promise<void> {
  return withDb(async (db) => {
    await db.courier.update({ where: { id }, data: { status: "OFFLINE", active: false } });
  });
}

/**
 * Campaign-budget approval requests from a requester, each for an already-ended campaign
 * waiting for approval (approving it only moves it to ENDED, so no order is ever discounted).
 */
export function createBudgetRequests(
  requesterEmail: string,
  storeCode: string,
  summaries: string[],
) {
  return withDb(async (db) => {
    const requester = await db.user.findUniqueOrThrow({ where: { email: requesterEmail } });
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const ids: string[] = [];
    for (const summary of summaries) {
      const campaign = await db.campaign.create({
        data: {
          name: summary,
          type: "THRESHOLD",
          status: "PENDING_APPROVAL",
          rules: JSON.stringify({ tiers: [{ minSubtotalCents: 3000, discountCents: 500 }] }),
          startsAt: new Date(Date.now() - 3 * 86_400_000),
          endsAt: new Date(Date.now() - 2 * 86_400_000),
          budgetCents: 900_000,
          createdById: requester.id,
          stores: { create: [{ storeId: store.id }] },
        },
      });
      const request = await db.approvalRequest.create({
        data: {
          kind: "CAMPAIGN_BUDGET",
          storeId: store.id,
          amountCents: 900_000,
          summary,
          payload: JSON.stringify({ campaignId: campaign.id }),
          requestedById: requester.id,
          subjectType: "Campaign",
          subjectId: campaign.id,
        },
      });
      ids.push(request.id);
    }
    return ids;
  });
}

/** A campaign's status now. */
export function campaignStatusOf(name: string): Promise<string> {
  return withDb(
    async (db) => (await db.campaign.findFirstOrThrow({ where: { name } })).status as string,
  );
}
