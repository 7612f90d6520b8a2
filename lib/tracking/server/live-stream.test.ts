import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { publishEvent } from "@/lib/platform/events";
import { findLiveEventsAfter } from "@/lib/live/outbox";
import { replyToTicket } from "@/lib/support/server/conversation";
import { sendCustomerMessage } from "@/lib/support/server/customer-chat";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { requestHelp } from "./help";
import { trackingEventResponse, trackingRender } from "./live-stream";

let t: TestDb;
let storeId = "";
let agent: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const user = await createUser(t.db, { role: "SUPPORT_AGENT" });
  const loaded = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!loaded) throw new Error("actor expected");
  agent = loaded;
});
afterAll(() => t.cleanup());

async function orderWithHelp(message: string) {
  const order = await createOrder(t.db, storeId, NOW);
  const help = await requestHelp(t.db, order.trackingToken, { reason: "late", message }, NOW);
  const ticket = await t.db.ticket.findUniqueOrThrow({ where: { code: help.ticketCode } });
  return { order, ticket };
}

async function reply(ticketId: string, body: string, internal = false) {
  const { version } = await t.db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  await replyToTicket(t.db, agent, { ticketId, version, body, internal, attachments: [] }, NOW);
}

const latestId = async () => (await t.db.liveEvent.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0;

/** Reads the stream until `done` says the text so far is enough. */
async function readUntil(body: ReadableStream<Uint8Array>, done: (text: string) => boolean) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!done(text)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  reader.releaseLock();
  return text;
}

describe("tracking page live stream", () => {
  it("answers an unknown or malformed token with 404 problem JSON, no stream", async () => {
    for (const token of ["N".repeat(22), "bad token", "x"]) {
      const response = await trackingEventResponse(t.db, token, new AbortController().signal);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("renders nothing for another order's events or an internal note of this one", async () => {
    const mine = await orderWithHelp("我的订单晚了");
    const other = await orderWithHelp("OTHER-ORDER-HELP");
    const render = trackingRender(t.db, mine.order.trackingToken, mine.order.id);
    const start = await latestId();
    await reply(other.ticket.id, "OTHER-PUBLIC-REPLY");
    await t.db.$transaction((tx) =>
      publishEvent(tx, {
        topic: "order.updated",
        storeId,
        payload: { orderId: other.order.id, code: other.order.code, status: "ACCEPTED" },
      }),
    );
    await reply(mine.ticket.id, "MINE-INTERNAL-NOTE", true);
    const events = await findLiveEventsAfter(t.db, start, [storeId]);
    expect(events.map((e) => e.topic)).toEqual([
      "ticket.message",
      "order.updated",
      "ticket.message",
    ]);
    expect(await render(events)).toBe("");

    await reply(mine.ticket.id, "MINE-PUBLIC-REPLY");
    const text = await render(await findLiveEventsAfter(t.db, start, [storeId]));
    expect(text).toMatch(/^event: view\ndata: \{.*\}\n\n$/);
    expect(text).toContain("MINE-PUBLIC-REPLY");
    expect(text).not.toContain("MINE-INTERNAL-NOTE");
    expect(text).not.toContain("OTHER-");
    expect(text).not.toContain(other.order.code);
    // the same view twice is not sent again
    expect(await render(await findLiveEventsAfter(t.db, start, [storeId]))).toBe("");
  });

  it("pushes this order's public changes only, over a real stream", async () => {
    const mine = await orderWithHelp("还没送到");
    const other = await orderWithHelp("OTHER-ORDER-HELP-2");
    const abort = new AbortController();
    const response = await trackingEventResponse(t.db, mine.order.trackingToken, abort.signal, {
      pollMs: 20,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const body = response.body;
    if (!body) throw new Error("no body");
    const first = await readUntil(body, (s) => s.includes(": connected"));
    expect(first).toMatch(/^retry: \d+/);

    await reply(other.ticket.id, "OTHER-SECRET-REPLY");
    await reply(mine.ticket.id, "STREAM-INTERNAL-NOTE", true);
    await reply(mine.ticket.id, "您好，骑手已出发");
    const text = await readUntil(body, (s) => s.includes("骑手已出发"));
    await sendCustomerMessage(t.db, other.order.trackingToken, { message: "OTHER-CUSTOMER" });
    await t.db.order.update({ where: { id: mine.order.id }, data: { status: "ACCEPTED" } });
    await t.db.$transaction((tx) =>
      publishEvent(tx, { topic: "order.updated", storeId, payload: { orderId: mine.order.id } }),
    );
    const more = await readUntil(body, (s) => s.includes('"status":"ACCEPTED"'));
    abort.abort();
    const all = text + more;
    expect(all).not.toMatch(/^id:/m);
    expect(all).not.toContain("OTHER-");
    expect(all).not.toContain(other.order.code);
    expect(all).not.toContain(other.ticket.code);
    expect(all).not.toContain("STREAM-INTERNAL-NOTE");
    const views = all
      .split("\n")
      .filter((line) => line.startsWith("data: "))
      .map((line) => JSON.parse(line.slice(6)) as { code: string; status: string });
    expect(views.length).toBeGreaterThanOrEqual(2);
    for (const view of views) expect(view.code).toBe(mine.order.code);
    expect(views.at(-1)?.status).toBe("ACCEPTED");
  });
});
