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

describe("auto-assignment and shifts", () => {
  it("gives tickets only to online agents on duty when they work to a rota", async () => {
    await t.db.supportAgent.updateMany({ data: { online: false } });
    const onShift = await createUser(t.db, { role: "SUPPORT_AGENT" });
    const offShift = await createUser(t.db, { role: "SUPPORT_AGENT" });
    const otherStore = await createUser(t.db, { role: "SUPPORT_AGENT" });
    const elsewhere = (await createStore(t.db)).id;
    const hour = 3_600_000;
    await t.db.staffShift.createMany({
      data: [
        // clocked in now
        {
          userId: onShift.id,
          startsAt: new Date(NOW.getTime() - hour),
          endsAt: new Date(NOW.getTime() + 8 * hour),
          clockInAt: new Date(NOW.getTime() - hour),
        },
        // scheduled for tomorrow, so on a rota but not on duty
        {
          userId: offShift.id,
          startsAt: new Date(NOW.getTime() + 24 * hour),
          endsAt: new Date(NOW.getTime() + 32 * hour),
        },
        // clocked into another store's shift
        {
          userId: otherStore.id,
          storeId: elsewhere,
          startsAt: new Date(NOW.getTime() - hour),
          endsAt: new Date(NOW.getTime() + 8 * hour),
          clockInAt: new Date(NOW.getTime() - hour),
        },
      ],
    });
    await t.db.supportAgent.createMany({
      data: [onShift, offShift, otherStore].map((u) => ({
        userId: u.id,
        online: true,
        capacity: 5,
      })),
    });
    const got = [];
    for (let i = 20; i < 23; i++) got.push((await open(i)).assigneeId);
    expect(got).toEqual([onShift.id, onShift.id, onShift.id]);
  });

  it("counts the online toggle alone for an agent with no shifts at all", async () => {
    await t.db.supportAgent.updateMany({ data: { online: false } });
    const noRota = await createUser(t.db, { role: "SUPPORT_AGENT" });
    await t.db.supportAgent.create({ data: { userId: noRota.id, online: true, capacity: 5 } });
    expect((await open(30)).assigneeId).toBe(noRota.id);
    // Going offline stops it.
    await t.db.supportAgent.update({ where: { userId: noRota.id }, data: { online: false } });
    expect((await open(31)).assigneeId).toBeNull();
  });
});
