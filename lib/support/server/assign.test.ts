import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore, createUser } from "@/lib/testing/fixtures";
import { openTicket } from "./open-ticket";

let t: TestDb;
let storeId: string;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const open = (i: number) =>
  t.db.$transaction((tx) =>
    openTicket(
      tx,
      { source: "STAFF", subject: `t${i}`, storeId },
      new Date(NOW.getTime() + i * 1000),
    ),
  );

describe("auto-assignment", () => {
  it("leaves tickets unassigned when no agent is online", async () => {
    expect((await open(0)).assigneeId).toBeNull();
  });

  it("rotates new tickets among online agents and stops at each agent's capacity", async () => {
    const a = await createUser(t.db, { role: "SUPPORT_AGENT" });
    const b = await createUser(t.db, { role: "SUPPORT_AGENT" });
    const off = await createUser(t.db, { role: "SUPPORT_AGENT" });
    await t.db.supportAgent.createMany({
      data: [
        { userId: a.id, online: true, capacity: 2 },
        { userId: b.id, online: true, capacity: 1 },
        { userId: off.id, online: false, capacity: 9 },
      ],
    });
    const got = [];
    for (let i = 1; i <= 4; i++) got.push((await open(i)).assigneeId);
    // a and b alternate until b (capacity 1) is full; then a fills up; the fourth waits.
    expect(got.slice(0, 2).sort()).toEqual([a.id, b.id].sort());
    expect(got[2]).toBe(a.id);
    expect(got[3]).toBeNull();
  });

  it("frees a slot when a ticket is resolved", async () => {
    const busy = await t.db.ticket.findFirstOrThrow({ where: { assigneeId: { not: null } } });
    await t.db.ticket.update({ where: { id: busy.id }, data: { status: "RESOLVED" } });
    expect((await open(9)).assigneeId).toBe(busy.assigneeId);
  });
});
