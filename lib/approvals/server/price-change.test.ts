import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { decideApproval } from "./decide";
import { gatePriceChange } from "./price-change";
import { setApprovalThreshold } from "./thresholds";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const item = (storeId: string, priceCents: number) =>
  t.db.menuItem.create({
    data: { storeId, nameZh: "牛肉面", nameEn: "Beef noodles", priceCents },
    select: { id: true, storeId: true, nameZh: true, priceCents: true },
  });
const gate = (by: Actor, i: Awaited<ReturnType<typeof item>>, to: number) =>
  t.db.$transaction((tx) => gatePriceChange(tx, by.id, i, to));
const price = async (id: string) =>
  (await t.db.menuItem.findUniqueOrThrow({ where: { id } })).priceCents;

describe("price changes above a threshold, per store", () => {
  it("queues a change by the store's threshold or more for a second person, who applies it", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    await setApprovalThreshold(t.db, admin, {
      kind: "PRICE_CHANGE",
      storeId: null,
      thresholdCents: 1000,
    });
    await setApprovalThreshold(t.db, admin, {
      kind: "PRICE_CHANGE",
      storeId: storeB,
      thresholdCents: 5000,
    });
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA, storeB]);
    const noodles = await item(storeA, 2800);

    expect(await gate(manager, noodles, 3700)).toEqual({ pending: false });
    const cut = await gate(manager, noodles, 1500);
    expect(cut.pending).toBe(true);
    const request = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectId: noodles.id },
    });
    expect(request).toMatchObject({ kind: "PRICE_CHANGE", storeId: storeA, amountCents: 1300 });
    // One waiting change per item.
    expect(await errorCodeOf(gate(manager, noodles, 500))).toBe("conflict");
    // Store B's own, higher line lets the same change through there.
    expect(await gate(manager, await item(storeB, 2800), 1500)).toEqual({ pending: false });

    // The requester cannot approve it; a second person with menu.edit can.
    const decide = (by: Actor) =>
      decideApproval(t.db, by, { id: request.id, decision: "APPROVE", note: "" });
    expect(await errorCodeOf(decide(manager))).toBe("forbidden");
    expect(await price(noodles.id)).toBe(2800);
    await decide(admin);
    expect(await price(noodles.id)).toBe(1500);
  });

  it("refuses a stale approval once the price changed since the request, writing nothing", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const tea = await item(storeA, 1200);
    const pending = await gate(manager, tea, 6000);
    if (!pending.pending) throw new Error("expected a pending request");
    await t.db.menuItem.update({ where: { id: tea.id }, data: { priceCents: 1300 } });
    expect(
      await errorCodeOf(
        decideApproval(t.db, admin, { id: pending.approvalId, decision: "APPROVE", note: "" }),
      ),
    ).toBe("conflict");
    expect(await price(tea.id)).toBe(1300);
    const request = await t.db.approvalRequest.findUniqueOrThrow({
      where: { id: pending.approvalId },
    });
    expect(request.status).toBe("PENDING");
  });
});
