import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { staffTicketSchema } from "../schemas";
import { createStaffTicket } from "./staff-tickets";

let t: TestDb;
let mine = "";
let foreign = "";
let manager: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");

async function actorOf(user: { id: string; sessionVersion: number }) {
  const loaded = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!loaded) throw new Error("actor expected");
  return loaded;
}

beforeAll(async () => {
  t = createTestDb();
  mine = (await createStore(t.db)).id;
  foreign = (await createStore(t.db)).id;
  manager = await actorOf(await createUser(t.db, { role: "STORE_MANAGER", storeIds: [mine] }));
});
afterAll(() => t.cleanup());

const input = (v: Record<string, unknown>) => staffTicketSchema.parse(v);

describe("tickets staff open by hand", () => {
  it("opens a STAFF ticket on an order of the actor's store, with the customer's words and an audit row", async () => {
    const order = await createOrder(t.db, mine, NOW);
    const { code } = await createStaffTicket(
      t.db,
      manager,
      input({ subject: "电话：饮料洒了", message: "顾客来电说饮料洒了", orderCode: order.code }),
      NOW,
    );
    const ticket = await t.db.ticket.findUniqueOrThrow({
      where: { code },
      include: { messages: true },
    });
    expect(ticket).toMatchObject({
      source: "STAFF",
      orderId: order.id,
      storeId: mine,
      status: "OPEN",
      priority: "NORMAL",
    });
    expect(ticket.messages.map((m) => [m.authorType, m.body])).toEqual([
      ["CUSTOMER", "顾客来电说饮料洒了"],
    ]);
    expect(ticket.firstResponseDueAt).not.toBeNull();
    const audit = await t.db.auditLog.findFirst({ where: { entityId: ticket.id } });
    expect(audit?.action).toBe("support.ticket_created");
    expect(await t.db.liveEvent.count({ where: { topic: "ticket.created" } })).toBe(1);
  });

  it("refuses another store's order code as if it did not exist, writing nothing", async () => {
    const theirs = await createOrder(t.db, foreign, NOW);
    const before = await t.db.ticket.count();
    const attempt = createStaffTicket(
      t.db,
      manager,
      input({ subject: "x", message: "y", orderCode: theirs.code }),
      NOW,
    );
    expect(await errorCodeOf(attempt)).toBe("validation");
    expect(await t.db.ticket.count()).toBe(before);
    expect(await t.db.auditLog.count({ where: { action: "support.ticket_created" } })).toBe(1);
  });

  it("has the shared schema refuse an empty message and subject by field", () => {
    const parsed = staffTicketSchema.safeParse({ subject: " ", message: "", orderCode: "" });
    expect(parsed.success).toBe(false);
    const fields = parsed.error?.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["subject", "message"]));
  });
});
