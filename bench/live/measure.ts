import { randomUUID } from "node:crypto";
import { printColumns, quantile } from "../intake/report";
import { benchOrder, type BenchStore } from "../intake/prepare-db";
import { openBrowserStream } from "./browser";
import { openStream, signIn, type LiveEvent } from "./sse";

/** The second client: a headless Chromium (default) or a raw SSE reader in Node (`--raw`). */
export type LiveClient = "browser" | "raw";

type Opened = { close: () => void | Promise<void> };
const openers: Record<
  LiveClient,
  (base: string, cookie: string, on: (e: LiveEvent, at: number) => void) => Promise<Opened>
> = { browser: openBrowserStream, raw: openStream };

export type DeliveryFigures = {
  orders: number;
  /** From the start of POST /api/v1/orders to the order.created event at the other client. */
  deliveryMs: number[];
  /** The POST's own response time, for reference. */
  postMs: number[];
  missed: number;
};

const DEMO_PASSWORD = "waimai-demo";
const WAIT_MS = 10_000;

/**
 * Places `orders` orders one after another through `postBase` while a signed-in client holds
 * the live stream of `streamBase`, and times each order's `order.created` event.
 */
export async function measureDelivery(
  postBase: string,
  streamBase: string,
  store: BenchStore,
  orders: number,
  client: LiveClient = "browser",
): Promise<DeliveryFigures> {
  const cookie = await signIn(streamBase, "admin@demo.local", DEMO_PASSWORD);
  const arrived = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const stream = await openers[client](streamBase, cookie, (event, at) => {
    if (event.topic !== "order.created") return;
    const id = String(event.payload.orderId);
    arrived.set(id, at);
    waiting.get(id)?.();
  });
  const figures: DeliveryFigures = { orders, deliveryMs: [], postMs: [], missed: 0 };
  try {
    for (let i = 0; i < orders; i++) {
      const key = randomUUID();
      const t0 = performance.now();
      const res = await fetch(`${postBase}/api/v1/orders`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${store.apiKey}`,
          "content-type": "application/json",
          "idempotency-key": key,
        },
        body: JSON.stringify(benchOrder(store, key)),
      });
      const body = (await res.json()) as { id?: string };
      figures.postMs.push(performance.now() - t0);
      if (res.status !== 201 || !body.id) throw new Error(`order ${i} answered ${res.status}`);
      const id = body.id;
      if (!arrived.has(id)) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, WAIT_MS);
          waiting.set(id, () => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiting.delete(id);
      }
      const at = arrived.get(id);
      if (at === undefined) figures.missed++;
      else figures.deliveryMs.push(at - t0);
    }
  } finally {
    await stream.close();
  }
  return figures;
}

/** Prints delivery runs side by side. */
export function printDelivery(columns: [string, DeliveryFigures][]): void {
  const cell = (f: DeliveryFigures) => {
    const d = [...f.deliveryMs].sort((a, b) => a - b);
    const p = [...f.postMs].sort((a, b) => a - b);
    return [
      String(f.orders),
      `${quantile(d, 0.5).toFixed(0)} ms`,
      `${quantile(d, 0.95).toFixed(0)} ms`,
      `${quantile(d, 1).toFixed(0)} ms`,
      `${quantile(p, 0.5).toFixed(0)} ms`,
      String(f.missed),
    ];
  };
  const labels = [
    "orders placed",
    "delivery p50 (API call → event)",
    "delivery p95",
    "delivery max",
    "POST response p50",
    "events missed (>10 s)",
  ];
  printColumns(
    "bench/live",
    labels,
    columns.map(([title, f]) => [title, cell(f)]),
  );
}
