import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { openTicket } from "./open-ticket";
import { mergeTickets, updateTicket } from "./triage";

let t: TestDb;
let storeId = "";
let agent: Actor;
let other: { id: string };
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const user = await createUser(t.db, { role: "SUPPORT_AGENT" });
  const loaded = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!loaded) throw new Error("actor expected");
  agent = loaded;
  other = await createUser(t.db, { role: "SUPPORT_AGENT" });
});
afterAll(() => t.cleanup());

async function ticketOn(orderId: string, body: string) {
  const opened = await t.db.$transaction((tx) =>
    openTicket(
      tx,
      {
        source: "TRACKING_PAGE",
        subject: body,
        orderId,
        storeId,
        message: { authorType: "CUSTOMER", body },
      },
      NOW,
    ),
  );
  return t.db.ticket.findUniqueOrThrow({ where: { id: opened.id } });
}

describe("triage: assign, label, prioritise, merge", () => {
  it("transfers to another agent with labels and priority, audited, version bumped", async () => {
    const order = await createOrder(t.db, storeId, NOW);
    const ticket = await ticketOn(order.id, "还没到");
    await updateTicket(
      t.db,
      agent,
      {
        ticketId: ticket.id,
        version: ticket.version,
        assigneeId: other.id,
        labels: ["late", "vip"],
        priority: "URGENT",
      },
      NOW,
    );
    const after = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after).toMatchObject({
      assigneeId: other.id,
      priority: "URGENT",
      version: ticket.version + 1,
    });
    expect(JSON.parse(after.labels)).toEqual(["late", "vip"]);
    expect(await t.db.auditLog.count({ where: { entityId: ticket.id } })).toBeGreaterThan(0);
    // the same (now stale) version a second time is refused
    const stale = updateTicket(t.db, agent, { ticketId: ticket.id, version: ticket.version }, NOW);
    expect(await errorCodeOf(stale)).toBe("conflict");
  });

  it("merges a duplicate of the same order: messages move, the duplicate closes", async () => {
    const order = await createOrder(t.db, storeId, NOW);
    const keep = await ticketOn(order.id, "第一次问");
    const dup = await ticketOn(order.id, "又问一次");
    const r = await mergeTickets(t.db, agent, { ticketId: dup.id, intoCode: keep.code }, NOW);
    expect(r).toEqual({ into: keep.code });
    const merged = await t.db.ticket.findUniqueOrThrow({ where: { id: dup.id } });
    expect(merged).toMatchObject({ status: "CLOSED", mergedIntoId: keep.id });
    const bodies = (
      await t.db.ticketMessage.findMany({ where: { ticketId: keep.id }, orderBy: { id: "asc" } })
    ).map((m) => m.body);
    expect(bodies).toEqual(expect.arrayContaining(["第一次问", "又问一次"]));
    expect(await t.db.ticketMessage.count({ where: { ticketId: dup.id } })).toBe(0);
  });

  it("refuses to merge unrelated tickets, changing nothing", async () => {
    const a = await ticketOn((await createOrder(t.db, storeId, NOW)).id, "A");
    const b = await ticketOn((await createOrder(t.db, storeId, NOW)).id, "B");
    const attempt = mergeTickets(t.db, agent, { ticketId: b.id, intoCode: a.code }, NOW);
    expect(await errorCodeOf(attempt)).toBe("validation");
    expect(await t.db.ticket.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "OPEN",
      mergedIntoId: null,
      version: b.version,
    });
    expect(await t.db.ticketMessage.count({ where: { ticketId: b.id } })).toBe(1);
  });
});
