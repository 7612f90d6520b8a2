import { randomUUID } from "node:crypto";
import { benchOrder, type BenchStore } from "./prepare-db";

export type LoadResult = {
  requests: number;
  retries: number;
  statuses: Record<string, number>;
  latenciesMs: number[];
  /** Idempotency key → order ids seen in its 201 responses. */
  idsByKey: Map<string, Set<string>>;
  seconds: number;
};

/**
 * Closed-loop load: each connection places orders back to back, round-robin over `base`. A quarter of orders are sent
 * again after their answer (a client retry), and one in ten twice at once (a retry racing the
 * original after a timeout); every copy must come back as the same order.
 */
export async function runLoad(
  base: string | string[],
  store: BenchStore,
  connections: number,
  seconds: number,
) {
  const result: LoadResult = {
    requests: 0,
    retries: 0,
    statuses: {},
    latenciesMs: [],
    idsByKey: new Map(),
    seconds,
  };
  const deadline = performance.now() + seconds * 1000;
  // Several instances: requests go round-robin, so a retry usually lands on another instance.
  const bases = Array.isArray(base) ? base : [base];
  let turn = 0;
  const send = async (key: string, body: string) => {
    const t0 = performance.now();
    const target = bases[turn++ % bases.length];
    const res = await fetch(`${target}/api/v1/orders`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${store.apiKey}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body,
    });
    const json = (await res.json()) as { id?: string };
    result.latenciesMs.push(performance.now() - t0);
    result.requests++;
    result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
    if (res.status === 201 && json.id) {
      const ids = result.idsByKey.get(key) ?? new Set<string>();
      ids.add(json.id);
      result.idsByKey.set(key, ids);
    }
  };
  const worker = async (n: number) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const key = randomUUID();
      const body = JSON.stringify(benchOrder(store, key));
      if ((i + n) % 10 === 0) {
        await Promise.all([send(key, body), send(key, body)]);
        result.retries++;
      } else {
        await send(key, body);
      }
      if ((i + n) % 4 === 1) {
        await send(key, body);
        result.retries++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, n) => worker(n)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
