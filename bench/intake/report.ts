/** The q-quantile (0..1) of ascending-sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export type LoadFigures = {
  seconds: number;
  connections: number;
  requests: number;
  retries: number;
  statuses: Record<string, number>;
  ordersCreated: number;
  latenciesMs: number[];
  duplicates: number;
  lost: number;
  mismatchedReplays: number;
};

/** Prints the bench's figures as a small table. */
export function printReport(load: LoadFigures, raw: { orders: number; seconds: number }): void {
  const sorted = [...load.latenciesMs].sort((a, b) => a - b);
  const rate = load.ordersCreated / load.seconds;
  const rawRate = raw.orders / raw.seconds;
  const rows: [string, string][] = [
    ["HTTP connections", String(load.connections)],
    ["duration", `${load.seconds.toFixed(1)} s`],
    ["requests (incl. retries)", `${load.requests} (${load.retries} retries)`],
    ["responses by status", JSON.stringify(load.statuses)],
    ["orders created (DB)", String(load.ordersCreated)],
    ["sustained orders/s (HTTP)", rate.toFixed(1)],
    [
      "latency p50 / p99",
      `${quantile(sorted, 0.5).toFixed(1)} ms / ${quantile(sorted, 0.99).toFixed(1)} ms`,
    ],
    ["duplicate orders", String(load.duplicates)],
    ["lost orders (201 but not in DB)", String(load.lost)],
    ["replays with a different id", String(load.mismatchedReplays)],
    ["in-process orders/s (no HTTP)", rawRate.toFixed(1)],
    ["HTTP / in-process", `${((rate / rawRate) * 100).toFixed(0)} %`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log("\nbench/intake");
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
