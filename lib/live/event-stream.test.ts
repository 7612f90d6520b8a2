import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import { publishEvent } from "@/lib/platform/events";
import { liveEventResponse } from "./event-stream";

let t: TestDb;
let mine = "";
let foreign = "";

beforeAll(async () => {
  t = createTestDb();
  mine = (await createStore(t.db)).id;
  foreign = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const publish = (storeId: string, code: string) =>
  t.db.$transaction((tx) =>
    publishEvent(tx, { topic: "order.created", storeId, payload: { code } }),
  );

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

describe("live event stream response", () => {
  it("pushes new events of the scope as they are written and stops when aborted", async () => {
    await publish(mine, "OLD");
    const abort = new AbortController();
    const response = liveEventResponse(t.db, [mine], null, abort.signal);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const body = response.body;
    if (!body) throw new Error("no body");
    // a fresh stream starts at the newest event: history is not replayed
    await publish(foreign, "THEIRS");
    await publish(mine, "NEW");
    const text = await readUntil(body, (s) => s.includes("NEW"));
    expect(text).toMatch(/^retry: \d+/);
    expect(text).toContain('"code":"NEW"');
    expect(text).not.toContain("OLD");
    expect(text).not.toContain("THEIRS");
    abort.abort();
    const rest = await readUntil(body, () => false);
    expect(rest).not.toContain("data:");
  });

  it("replays what was missed after Last-Event-ID", async () => {
    const first = await t.db.liveEvent.findFirstOrThrow({ orderBy: { id: "asc" } });
    const abort = new AbortController();
    const body = liveEventResponse(t.db, [mine], String(first.id), abort.signal).body;
    if (!body) throw new Error("no body");
    const text = await readUntil(body, (s) => s.includes("NEW"));
    abort.abort();
    expect(text).not.toContain("OLD");
    expect(text).toContain('"code":"NEW"');
    expect(text).toMatch(/id: \d+\ndata:/);
  });
});
