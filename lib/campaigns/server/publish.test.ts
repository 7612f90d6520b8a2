import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore, createUser } from "@/lib/testing/fixtures";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/actor";
import { campaignFormSchema, type CampaignFormValues } from "@/lib/campaigns/schemas";
import { createCampaign, updateCampaign } from "./mutations";
import { cancelApproval, decideApproval } from "@/lib/approvals/server/decide";
import { publishApprovedCampaign, transitionCampaign } from "./publish";

let t: TestDb;
let actor: Actor;
let storeId: string;
const now = new Date("2026-11-24T04:30:00Z");

beforeAll(async () => {
  t = createTestDb();
  const user = await createUser(t.db, { role: "MARKETER" });
  storeId = (await createStore(t.db, "P1")).id;
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
beforeEach(async () => {
  await t.db.approvalRequest.deleteMany();
  await t.db.approvalThreshold.deleteMany();
  await t.db.campaign.deleteMany();
});

const values = (over: Partial<CampaignFormValues> = {}): CampaignFormValues => ({
  name: "满30减5",
  type: "THRESHOLD",
  startsAt: new Date("2026-11-20T00:00:00Z"),
  endsAt: new Date("2026-12-20T00:00:00Z"),
  storeIds: [storeId],
  budgetCents: 50_000,
  redemptionLimit: null,
  storeSharePct: 50,
  exclusive: false,
  priority: 0,
  rules: { tiers: [{ minSubtotalCents: 3000, discountCents: 500 }] },
  ...over,
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("campaign editor rules", () => {
  it("gives field errors for threshold below discount, percent over 100 and end before start", () => {
    const bad = campaignFormSchema.safeParse({
      ...values({
        endsAt: new Date("2026-11-01T00:00:00Z"),
        type: "PERCENT_OFF",
        rules: { percentOff: 120, minSubtotalCents: 1000, discountCents: 1000 },
      }),
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(["endsAt", "rules.percentOff", "rules.discountCents"]),
    );
    const tiers = campaignFormSchema.safeParse(
      values({ rules: { tiers: [{ minSubtotalCents: 500, discountCents: 800 }] } }),
    );
    expect(tiers.error?.issues.map((i) => i.path.join("."))).toEqual([
      "rules.tiers.0.discountCents",
    ]);
  });

  it("refuses overlapping exclusive campaigns as a field error", async () => {
    const first = await createCampaign(t.db, actor, values({ exclusive: true }));
    await transitionCampaign(
      t.db,
      actor,
      { campaignId: first.id, action: "publish", acknowledged: true },
      undefined,
      now,
    );
    const error = await failure(
      createCampaign(t.db, actor, values({ name: "other", exclusive: true })),
    );
    expect(error.code).toBe("validation");
    expect(error.details?.fields?.exclusive).toHaveLength(1);
  });

  it("warns about a running campaign before publishing, then goes live once acknowledged", async () => {
    const running = await createCampaign(t.db, actor, values({ name: "running" }));
    await transitionCampaign(
      t.db,
      actor,
      { campaignId: running.id, action: "publish", acknowledged: true },
      undefined,
      now,
    );
    const draft = await createCampaign(t.db, actor, values({ name: "new one" }));
    const first = await transitionCampaign(
      t.db,
      actor,
      { campaignId: draft.id, action: "publish" },
      undefined,
      now,
    );
    expect(first).toEqual({
      status: null,
      warnings: [{ code: "CONFLICT", params: { name: "running" } }],
    });
    const second = await transitionCampaign(
      t.db,
      actor,
      { campaignId: draft.id, action: "publish", acknowledged: true },
      undefined,
      now,
    );
    expect(second.status).toBe("LIVE");
    // A live campaign's terms are locked until it is paused.
    expect((await failure(updateCampaign(t.db, actor, draft.id, values()))).code).toBe("conflict");
    await transitionCampaign(
      t.db,
      actor,
      { campaignId: draft.id, action: "pause" },
      undefined,
      now,
    );
    await expect(
      updateCampaign(t.db, actor, draft.id, values({ name: "changed" })),
    ).resolves.toEqual({ id: draft.id });
  });

  it("sends a budget above the approval line to the approval queue; approval makes it live", async () => {
    await t.db.approvalThreshold.create({
      data: { kind: "CAMPAIGN_BUDGET", storeId: null, thresholdCents: 10_000 },
    });
    const c = await createCampaign(t.db, actor, values());
    const result = await transitionCampaign(
      t.db,
      actor,
      { campaignId: c.id, action: "publish", acknowledged: true },
      undefined,
      now,
    );
    expect(result.status).toBe("PENDING_APPROVAL");
    const request = await t.db.approvalRequest.findFirstOrThrow({ where: { subjectId: c.id } });
    expect(request).toMatchObject({
      kind: "CAMPAIGN_BUDGET",
      amountCents: 50_000,
      status: "PENDING",
    });
    await t.db.$transaction((tx) => publishApprovedCampaign(tx, JSON.parse(request.payload)));
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("LIVE");
  });

  it("returns a rejected or withdrawn budget to draft, so it can be changed and published again", async () => {
    await t.db.approvalThreshold.create({
      data: { kind: "CAMPAIGN_BUDGET", storeId: null, thresholdCents: 10_000 },
    });
    const other = await createUser(t.db, { role: "MARKETER" });
    const approver: Actor = { ...actor, id: other.id, email: other.email };
    const publish = (campaignId: string) =>
      transitionCampaign(
        t.db,
        actor,
        { campaignId, action: "publish", acknowledged: true },
        undefined,
        now,
      );
    const status = async (id: string) =>
      (await t.db.campaign.findUniqueOrThrow({ where: { id } })).status;

    const c = await createCampaign(t.db, actor, values());
    const first = await publish(c.id);
    expect(first.status).toBe("PENDING_APPROVAL");
    await decideApproval(t.db, approver, {
      id: first.status === null ? "" : (first.approvalId ?? ""),
      decision: "REJECT",
      note: "too much",
    });
    expect(await status(c.id)).toBe("DRAFT");
    // Back in draft: the budget can be lowered under the line and the campaign goes live.
    await updateCampaign(t.db, actor, c.id, values({ budgetCents: 5_000 }));
    expect((await publish(c.id)).status).toBe("LIVE");

    const d = await createCampaign(t.db, actor, values({ name: "second" }));
    const pending = await publish(d.id);
    await cancelApproval(t.db, actor, pending.status === null ? "" : (pending.approvalId ?? ""));
    expect(await status(d.id)).toBe("DRAFT");
  });
});
