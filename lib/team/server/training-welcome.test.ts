import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createUser } from "@/lib/testing/fixtures";
import { needsTrainingWelcome, setOwnTrainingDone } from "./training";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.cleanup());

async function actorFor(role: Actor["role"], createdDaysAgo = 0): Promise<Actor> {
  const user = await createUser(t.db, { role });
  await t.db.user.update({
    where: { id: user.id },
    data: { createdAt: new Date(Date.now() - createdDaysAgo * 86_400_000) },
  });
  const actor = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!actor) throw new Error("actor expected");
  return actor;
}

describe("training welcome on first sign-in", () => {
  it("sends new staff with open training to their checklist until they start it", async () => {
    const fresh = await actorFor("STORE_STAFF");
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(false);
    const item = await t.db.trainingItem.create({
      data: { role: "STORE_STAFF", titleZh: "退款处理", titleEn: "Handling refunds" },
    });
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(true);
    expect(await needsTrainingWelcome(t.db, await actorFor("STORE_STAFF", 30))).toBe(false);
    expect(await needsTrainingWelcome(t.db, await actorFor("DISPATCHER"))).toBe(false);
    await setOwnTrainingDone(t.db, fresh, item.id, true);
    expect(await needsTrainingWelcome(t.db, fresh)).toBe(false);
  });
});
