// Times the dashboard queries on the bench database. Imported after DATABASE_URL is set, so
// the app's shared client (lib/platform/db) opens the bench file.
import { db } from "../../lib/platform/db";
import { addDays, dayKey } from "../../lib/analytics/domain/calendar";
import { PANEL_QUERIES } from "../../lib/analytics/server/panels";
import type { AnalyticsScope } from "../../lib/analytics/server/scope";

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Prints cold, warm p50/p95 per panel for 30 days (all stores, and one store), and a full scan. */
export async function runPanels(file: string, runs: number): Promise<void> {
  const newest = await db.order.findFirst({
    orderBy: { placedAt: "desc" },
    select: { placedAt: true },
  });
  const to = dayKey(newest?.placedAt ?? new Date());
  const store = await db.store.findFirst({ orderBy: { code: "asc" }, select: { id: true } });
  const scope = (from: string, storeIds: string[] | null): AnalyticsScope => ({
    from,
    to,
    days: 30,
    storeIds,
    previous: { from: addDays(from, -30), to: addDays(from, -1) },
  });
  const [orders, hourly] = await Promise.all([db.order.count(), db.analyticsHourly.count()]);
  console.log(`\n${file}\norders ${orders}, hourly rollup rows ${hourly}, ${runs} warm runs\n`);
  const scanCold = await time(() =>
    db.$queryRawUnsafe(`SELECT COUNT(*), SUM("totalCents") FROM "Order"`),
  );
  const scans: number[] = [];
  for (let i = 0; i < 5; i++) {
    scans.push(
      await time(() => db.$queryRawUnsafe(`SELECT COUNT(*), SUM("totalCents") FROM "Order"`)),
    );
  }
  const scan = quantile(scans, 0.5);
  console.log(
    `full scan of Order: cold ${scanCold.toFixed(0)} ms, warm p50 ${scan.toFixed(0)} ms\n`,
  );
  console.log("panel       scope       cold ms   p50 ms   p95 ms   scan/p95");
  let worst = 0;
  for (const [label, s] of [
    ["all stores", scope(addDays(to, -29), null)],
    ["one store", scope(addDays(to, -29), store ? [store.id] : [])],
  ] as const) {
    for (const [panel, query] of Object.entries(PANEL_QUERIES)) {
      const cold = await time(() => query(s));
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) warm.push(await time(() => query(s)));
      const p95 = quantile(warm, 0.95);
      worst = Math.max(worst, p95);
      console.log(
        `${panel.padEnd(11)} ${label.padEnd(11)} ${cold.toFixed(0).padStart(7)} ${quantile(warm, 0.5).toFixed(0).padStart(8)} ${p95.toFixed(0).padStart(8)} ${(scan / p95).toFixed(1).padStart(9)}x`,
      );
    }
  }
  console.log(`\nworst panel p95: ${worst.toFixed(0)} ms (target 200 ms)`);
  await db.$disconnect();
}
