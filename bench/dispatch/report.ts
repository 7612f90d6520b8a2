import type { BestKnown } from "./best-known";

/** One benchmark result line. */
export interface BenchRow {
  name: string;
  vehicles: number;
  distance: number;
  bks: BestKnown | undefined;
  seconds: number;
  feasible: boolean;
  unplaced: number;
}

/** Distance gap to the best-known distance, in percent. */
export function gapPercent(row: BenchRow): number | undefined {
  return row.bks ? ((row.distance - row.bks.distance) / row.bks.distance) * 100 : undefined;
}

const COLS = ["instance", "veh", "dist", "bks veh", "bks dist", "gap %", "sec", "feasible"];

/** Markdown table of rows (header optional so rows can stream while running). */
export function formatTable(rows: BenchRow[], header: boolean): string {
  const lines: string[] = [];
  if (header) {
    lines.push(`| ${COLS.join(" | ")} |`);
    lines.push(`|${COLS.map(() => " --- ").join("|")}|`);
  }
  for (const r of rows) {
    const gap = gapPercent(r);
    const feasible = r.feasible ? "yes" : "NO";
    lines.push(
      `| ${[
        r.name,
        String(r.vehicles),
        r.distance.toFixed(2),
        r.bks ? String(r.bks.vehicles) : "-",
        r.bks ? r.bks.distance.toFixed(2) : "-",
        gap === undefined ? "-" : Math.abs(gap) < 0.005 ? "0.00" : gap.toFixed(2),
        r.seconds.toFixed(1),
        r.unplaced > 0 ? `${feasible} (${r.unplaced} unplaced)` : feasible,
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

/** Percentage with two decimals; "-" for no data, and no "-0.00" from rounding noise. */
function pct(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "-";
  return `${Math.abs(x) < 0.005 ? "0.00" : x.toFixed(2)}%`;
}

/** Summary lines: mean gap, share at best-known vehicle count, feasible count. */
export function summarise(rows: BenchRow[]): string {
  const withBks = rows.filter((r) => r.bks);
  const mean = (xs: number[]): number | undefined =>
    xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
  const gaps = withBks.map((r) => gapPercent(r) ?? 0);
  const atVeh = withBks.filter((r) => r.bks && r.vehicles <= r.bks.vehicles);
  const sameVeh = withBks.filter((r) => r.bks && r.vehicles === r.bks.vehicles);
  const matched = sameVeh.filter(
    (r) => Math.abs(r.distance - (r.bks?.distance ?? Infinity)) <= 0.005,
  );
  const share = withBks.length === 0 ? undefined : (100 * atVeh.length) / withBks.length;
  return [
    `instances: ${rows.length} (with best-known: ${withBks.length})`,
    `feasible: ${rows.filter((r) => r.feasible).length}/${rows.length}`,
    `at best-known vehicle count: ${atVeh.length}/${withBks.length} (${pct(share)})`,
    `mean distance gap: ${pct(mean(gaps))} (all with best-known)`,
    `mean distance gap at best-known vehicle count: ${pct(mean(sameVeh.map((r) => gapPercent(r) ?? 0)))} (${sameVeh.length} instances)`,
    `matched best-known (same vehicles, distance within 0.005): ${matched.length}`,
    `mean seconds per instance: ${(mean(rows.map((r) => r.seconds)) ?? 0).toFixed(2)}`,
  ].join("\n");
}
