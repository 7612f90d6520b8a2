import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveHub, topicMatches, type LiveMessage, type LiveSource } from "./client-hub";

/** A stand-in for the browser's EventSource: the test opens, errors and sends messages. */
class FakeSource implements LiveSource {
  readyState = 0;
  closed = false;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  constructor(readonly url: string) {}
  open() {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  drop() {
    this.readyState = 0;
    this.onerror?.(new Event("error"));
  }
  send(id: string, data: unknown) {
    const text = typeof data === "string" ? data : JSON.stringify(data);
    this.onmessage?.(new MessageEvent("message", { data: text, lastEventId: id }));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

let sources: FakeSource[];
const hubOf = () =>
  createLiveHub(
    (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    { idleCloseMs: 1_000 },
  );
const event = (topic: string, payload: unknown = {}) => ({ topic, storeId: "s1", payload });

beforeEach(() => {
  sources = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("topic patterns", () => {
  it("matches one topic, a prefix ending in a dot, or everything", () => {
    expect(topicMatches("stock.low", "stock.low")).toBe(true);
    expect(topicMatches("stock.low", "stock.lower")).toBe(false);
    expect(topicMatches("order.", "order.created")).toBe(true);
    expect(topicMatches("order.", "orders.x")).toBe(false);
    expect(topicMatches("*", "ticket.updated")).toBe(true);
  });
});

describe("one live connection per page", () => {
  it("opens one source on the first subscriber and shares it with the others", () => {
    const hub = hubOf();
    expect(sources).toHaveLength(0);
    const offBoard = hub.subscribe("order.", () => {});
    const offToast = hub.subscribe(["stock.low"], () => {});
    const offStatus = hub.onStatus(() => {});
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe("/api/events");
    offBoard();
    offToast();
    offStatus();
  });

  it("hands each subscriber only the event types it asked for, with the event id", () => {
    const hub = hubOf();
    const board: LiveMessage[] = [];
    const toast: LiveMessage[] = [];
    const all: string[] = [];
    hub.subscribe("order.", (e) => board.push(e));
    hub.subscribe(["stock.low"], (e) => toast.push(e));
    hub.subscribe("*", (e) => all.push(e.topic));
    const source = sources[0];
    if (!source) throw new Error("source expected");
    source.open();
    source.send("7", event("order.created", { code: "S01-1" }));
    source.send("8", event("stock.low", { name: "牛肉面" }));
    source.send("9", "{not json");
    source.send("10", { payload: "no topic" });
    source.send("11", event("ticket.updated"));
    expect(board).toEqual([{ ...event("order.created", { code: "S01-1" }), id: "7" }]);
    expect(toast.map((e) => [e.id, e.payload])).toEqual([["8", { name: "牛肉面" }]]);
    expect(all).toEqual(["order.created", "stock.low", "ticket.updated"]);
  });

  it("tells status listeners when the stream opens, drops and reopens", () => {
    const hub = hubOf();
    const seen: boolean[] = [];
    hub.onStatus((open) => seen.push(open));
    const source = sources[0];
    if (!source) throw new Error("source expected");
    expect(hub.connected()).toBe(false);
    source.open();
    expect(hub.connected()).toBe(true);
    source.drop();
    source.drop(); // a second error while reconnecting is no news
    source.open();
    expect(seen).toEqual([true, false, true]);
  });

  it("stops delivering to a subscriber that left; closes only after the last one is gone a while", () => {
    const hub = hubOf();
    const got: string[] = [];
    const offA = hub.subscribe("order.", (e) => got.push(`a:${e.id}`));
    const offB = hub.subscribe("order.", (e) => got.push(`b:${e.id}`));
    const first = sources[0];
    if (!first) throw new Error("source expected");
    first.open();
    offA();
    first.send("1", event("order.updated"));
    expect(got).toEqual(["b:1"]);

    // A page change unsubscribes one view and subscribes the next: the connection stays.
    offB();
    vi.advanceTimersByTime(500);
    const offC = hub.subscribe("order.", () => {});
    vi.advanceTimersByTime(5_000);
    expect(first.closed).toBe(false);
    expect(sources).toHaveLength(1);

    // Nobody left: closed after the idle delay, and a later subscriber opens a fresh one.
    offC();
    vi.advanceTimersByTime(999);
    expect(first.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(first.closed).toBe(true);
    expect(hub.connected()).toBe(false);
    hub.subscribe("stock.low", () => {});
    expect(sources).toHaveLength(2);
  });
});
