// Times the dashboard queries on the bench database. Imported after DATABASE_URL is set, so
// the app's shared client (lib/platform/db) opens the bench file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { db } from "../../lib/platform/db";
import { addDays, dayKey } from "../../lib/analytics/domain/calendar";
import { getDishRatingTrend } from "../../lib/analytics/server/dish-ratings";
import { PANEL_QUERIES } from "../../lib/analytics/server/panels";
import type { AnalyticsScope } from "../../lib/analytics/server/scope";

// What each dashboard page reads: the menu page also shows the weekly dish rating trend.
const BENCH_PANELS = {
  ...PANEL_QUERIES,
  menu: (s: AnalyticsScope) => Promise.all([PANEL_QUERIES.menu(s), getDishRatingTrend(s)]),
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Wall-clock and CPU time (this process, user + system) of one call, in ms. */
async function timeCpu(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const wall = await time(fn);
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Drops the database file (and its WAL) from the OS page cache: the next read is from disk. */
function evict(file: string): void {
  for (const f of [file, `${file}-wal`]) {
    if (existsSync(f))
      spawnSync("dd", [`if=${f}`, "iflag=nocache", "count=0"], { stdio: "ignore" });
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/**
 * Prints cold, warm p50/p95 per panel for 30 days (all stores, one store, and all stores in one
 * zone and channel), and a full scan.
 */
export async function runPanels(file: string, runs: number, dropCache = false): Promise<void> {
  const newest = await db.order.findFirst({
    orderBy: { placedAt: "desc" },
    select: { placedAt: true },
  });
  const to = dayKey(newest?.placedAt ?? new Date());
  const store = await db.store.findFirst({ orderBy: { code: "asc" }, select: { id: true } });
  const zone = await db.zone.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  const scope = (
    from: string,
    storeIds: string[] | null,
    only: { zoneId?: string; channel?: string } = {},
  ): AnalyticsScope => ({
    from,
    to,
    days: 30,
    storeIds,
    ...only,
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
  // CPU ms is this process's user + system time per call: when the machine is shared, a
  // wall-clock p95 far above the CPU p95 was spent waiting (for a core or the disk).
  console.log(`load average before: ${load()} (1, 5, 15 min; ${runs} warm runs per panel)`);
  console.log(dropCache ? "cold: after dropping the file from the OS page cache\n" : "");
  console.log(
    "panel       scope       cold ms  cold cpu   p50 ms   p95 ms  cpu p50  cpu p95   scan/p95",
  );
  let worst = 0;
  let worstCpu = 0;
  for (const [label, s] of [
    ["all stores", scope(addDays(to, -29), null)],
    ["one store", scope(addDays(to, -29), store ? [store.id] : [])],
    // every panel under a zone and a channel filter (their detailed grouping sets)
    ["zone+chan", scope(addDays(to, -29), null, { zoneId: zone?.id, channel: "MEITUAN" })],
  ] as const) {
    for (const [panel, query] of Object.entries(BENCH_PANELS)) {
      if (dropCache) evict(file);
      const cold = await timeCpu(() => query(s));
      const warm: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = await timeCpu(() => query(s));
        warm.push(t.wall);
        cpu.push(t.cpu);
      }
      const p95 = quantile(warm, 0.95);
      worst = Math.max(worst, p95);
      worstCpu = Math.max(worstCpu, quantile(cpu, 0.95));
      const cols = [cold.wall, cold.cpu, quantile(warm, 0.5), p95, quantile(cpu, 0.5)];
      console.log(
        `${panel.padEnd(11)} ${label.padEnd(11)}${cols.map((v) => v.toFixed(0).padStart(9)).join("")}${quantile(cpu, 0.95).toFixed(0).padStart(9)} ${(scan / p95).toFixed(1).padStart(9)}x`,
      );
    }
  }
  console.log(`\nload average after: ${load()}`);
  console.log(
    `worst panel p95: ${worst.toFixed(0)} ms (target 200 ms); worst CPU p95 ${worstCpu.toFixed(0)} ms`,
  );
  await db.$disconnect();
}
