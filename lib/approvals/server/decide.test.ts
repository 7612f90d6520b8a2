import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore } from "@/lib/testing/fixtures";
import { type Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { errorCodeOf } from "@/lib/testing/errors";
import { approvalThresholdCents, requestApproval } from "./requests";
import { APPROVAL_EXECUTORS } from "./executors";
import { cancelApproval, decideApproval } from "./decide";
import { setApprovalThreshold } from "./thresholds";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => {
  delete APPROVAL_EXECUTORS.COMPENSATION;
  t.cleanup();
});

async function refundRequest(requester: Actor, storeId = storeA, amountCents = 50_000) {
  return t.db.$transaction((tx) =>
    requestApproval(tx, {
      kind: "REFUND",
      storeId,
      amountCents,
      summary: "Refund 500 yuan",
      payload: { orderId: "o1", amountCents },
      requestedById: requester.id,
      subjectType: "Order",
      subjectId: "o1",
    }),
  );
}

describe("approval thresholds", () => {
  it("uses the store's own threshold, else the default, else none", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    expect(await approvalThresholdCents(t.db, "PRICE_CHANGE", storeA)).toBeNull();
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
    expect(await approvalThresholdCents(t.db, "PRICE_CHANGE", storeA)).toBe(1000);
    expect(await approvalThresholdCents(t.db, "PRICE_CHANGE", storeB)).toBe(5000);
    await setApprovalThreshold(t.db, admin, {
      kind: "PRICE_CHANGE",
      storeId: storeB,
      thresholdCents: null,
    });
    expect(await approvalThresholdCents(t.db, "PRICE_CHANGE", storeB)).toBe(1000);
    const audit = await t.db.auditLog.count({ where: { action: "approval.threshold" } });
    expect(audit).toBe(3);
  });

  it("lets a store manager set thresholds only for their own stores", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    expect(
      await errorCodeOf(
        setApprovalThreshold(t.db, manager, { kind: "REFUND", storeId: storeB, thresholdCents: 1 }),
      ),
    ).toBe("not_found");
    expect(
      await errorCodeOf(
        setApprovalThreshold(t.db, manager, { kind: "REFUND", storeId: null, thresholdCents: 1 }),
      ),
    ).toBe("forbidden");
  });
});

describe("deciding approvals", () => {
  it("refuses the requester deciding their own request", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const { id } = await refundRequest(manager);
    expect(
      await errorCodeOf(decideApproval(t.db, manager, { id, decision: "REJECT", note: "x" })),
    ).toBe("forbidden");
    expect((await t.db.approvalRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      "PENDING",
    );
  });

  it("hides requests outside the decider's stores and needs the kind's permission", async () => {
    const requester = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const { id } = await refundRequest(requester);
    const otherStore = await createActor(t.db, "STORE_MANAGER", [storeB]);
    const marketer = await createActor(t.db, "MARKETER");
    expect(
      await errorCodeOf(decideApproval(t.db, otherStore, { id, decision: "APPROVE", note: "" })),
    ).toBe("not_found");
    expect(
      await errorCodeOf(decideApproval(t.db, marketer, { id, decision: "APPROVE", note: "" })),
    ).toBe("forbidden");
  });

  it("rejects with a note, audited, and a decided request cannot be decided again", async () => {
    const requester = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const supervisor = await createActor(t.db, "SUPERVISOR");
    const { id } = await refundRequest(requester);
    await decideApproval(t.db, supervisor, { id, decision: "REJECT", note: "too much" });
    const row = await t.db.approvalRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "REJECTED",
      decidedById: supervisor.id,
      decisionNote: "too much",
    });
    expect(
      await errorCodeOf(decideApproval(t.db, supervisor, { id, decision: "APPROVE", note: "" })),
    ).toBe("conflict");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "approval.reject", actorId: supervisor.id });
  });

  it("runs the kind's executor in the same transaction; its refusal rolls the decision back", async () => {
    const requester = await createActor(t.db, "SUPPORT_AGENT");
    const approver = await createActor(t.db, "SUPERVISOR");
    const ran: unknown[] = [];
    APPROVAL_EXECUTORS.COMPENSATION = async (tx, payload, who) => {
      const p = payload as { fail?: boolean };
      if (p.fail) throw new AppError("conflict", "cannot compensate");
      await tx.auditLog.create({
        data: { action: "test.executed", entityType: "Test", actorId: who.id },
      });
      ran.push(payload);
    };
    const make = (payload: unknown) =>
      t.db.$transaction((tx) =>
        requestApproval(tx, {
          kind: "COMPENSATION",
          storeId: storeA,
          amountCents: 2000,
          summary: "Voucher",
          payload,
          requestedById: requester.id,
        }),
      );
    const good = await make({ voucher: 2000 });
    await decideApproval(t.db, approver, { id: good.id, decision: "APPROVE", note: "" });
    expect(ran).toEqual([{ voucher: 2000 }]);
    expect((await t.db.approvalRequest.findUniqueOrThrow({ where: { id: good.id } })).status).toBe(
      "APPROVED",
    );
    const bad = await make({ fail: true });
    expect(
      await errorCodeOf(
        decideApproval(t.db, approver, { id: bad.id, decision: "APPROVE", note: "" }),
      ),
    ).toBe("conflict");
    expect((await t.db.approvalRequest.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe(
      "PENDING",
    );
    expect(await t.db.auditLog.count({ where: { entityId: bad.id } })).toBe(0);
  });

  it("lets only the requester cancel a pending request", async () => {
    const requester = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const other = await createActor(t.db, "SUPERVISOR");
    const { id } = await refundRequest(requester);
    expect(await errorCodeOf(cancelApproval(t.db, other, id))).toBe("not_found");
    expect(await errorCodeOf(cancelApproval(t.db, requester, id))).toBe("ok");
    expect((await t.db.approvalRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      "CANCELLED",
    );
  });
});
