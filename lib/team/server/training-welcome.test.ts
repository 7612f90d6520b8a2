import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/actor";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor } from "@/lib/testing/fixtures";
import { needsTrainingWelcome, setOwnTrainingDone } from "./training";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.cleanup());

/** A staff member (createActor) whose account was created `createdDaysAgo` days ago. */
async function staffCreated(role: Actor["role"], createdDaysAgo = 0): Promise<Actor> {
  const actor = await createActor(t.db, role);
  await t.db.user.update({
    where: { id: actor.id },
    data: { createdAt: new Date(Date.now() - createdDaysAgo * 86_400_000) },
  });
  return actor;
}

describe("training welcome on first sign-in", () => {
  it("sends new staff with open training to their checklist until they start it", async () => {
    const fresh = await staffCreated("STORE_STAFF");
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(false);
    const item = await t.db.trainingItem.create({
      data: { role: "STORE_STAFF", titleZh: "退款处理", titleEn: "Handling refunds" },
    });
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(true);
    expect(await needsTrainingWelcome(t.db, await staffCreated("STORE_STAFF", 30))).toBe(false);
    expect(await needsTrainingWelcome(t.db, await staffCreated("DISPATCHER"))).toBe(false);
    await setOwnTrainingDone(t.db, fresh, item.id, true);
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(false);
  });
});
