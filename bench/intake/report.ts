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

/** Prints runs side by side, one column each (e.g. SQLite single instance vs 2 × PostgreSQL). */
export function printComparison(columns: [string, LoadFigures][]): void {
  const cell = (load: LoadFigures): string[] => {
    const sorted = [...load.latenciesMs].sort((a, b) => a - b);
    const errors = Object.entries(load.statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    return [
      `${load.connections} / ${load.seconds.toFixed(1)} s`,
      `${load.requests} (${load.retries} retries)`,
      JSON.stringify(load.statuses),
      String(errors),
      String(load.ordersCreated),
      (load.ordersCreated / load.seconds).toFixed(1),
      `${quantile(sorted, 0.5).toFixed(0)} ms`,
      `${quantile(sorted, 0.99).toFixed(0)} ms`,
      `${load.duplicates} / ${load.lost} / ${load.mismatchedReplays}`,
    ];
  };
  const labels = [
    "connections / duration",
    "requests (incl. retries)",
    "responses by status",
    "5xx responses",
    "orders created (DB)",
    "sustained orders/s",
    "latency p50",
    "latency p99",
    "duplicates / lost / mismatched replays",
  ];
  printColumns(
    "bench/intake",
    labels,
    columns.map(([title, load]) => [title, cell(load)]),
  );
}

/** Prints a table with one column per run: `columns` are [title, one value per label]. */
export function printColumns(
  heading: string,
  labels: string[],
  columns: [string, string[]][],
): void {
  const widths = columns.map(([title, values]) =>
    Math.max(title.length, ...values.map((v) => v.length)),
  );
  const lw = Math.max(...labels.map((l) => l.length));
  const line = (label: string, values: string[]) =>
    `  ${label.padEnd(lw)}  ${values.map((v, c) => v.padEnd(widths[c] ?? 0)).join("  ")}`;
  console.log(`\n${heading}`);
  console.log(
    line(
      "",
      columns.map(([title]) => title),
    ),
  );
  labels.forEach((label, r) =>
    console.log(
      line(
        label,
        columns.map(([, v]) => v[r] ?? ""),
      ),
    ),
  );
}
