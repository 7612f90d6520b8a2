// Times a full live re-plan of 300 open orders over 100 couriers (synthetic, deterministic).
// Usage: npm run bench:dispatch-live [-- --runs 7 --orders 300 --couriers 100]
import { loadavg } from "node:os";
import { planLive } from "@/lib/dispatch/live/planner";
import { syntheticCity } from "@/lib/dispatch/live/testing/synthetic";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const runs = arg("runs", 7);
const orders = arg("orders", 300);
const couriers = arg("couriers", 100);
const budgetMs = arg("budget-ms", 250);
const now = Date.UTC(2026, 10, 25, 4, 0, 0);
const times: number[] = [];
const cpu: number[] = [];
let last = null as ReturnType<typeof planLive> | null;
for (let run = 0; run < runs; run++) {
  const city = syntheticCity({ seed: 1000 + run, couriers, orders, now });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  last = planLive(city.couriers, city.orders, { now, timeLimitMs: budgetMs });
  const used = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const at = (list: number[], q: number) =>
  list[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)] ?? 0;
const pct = (q: number) => at(times, q);
const planned = last ? orders - last.unplanned.length : 0;
const drops = last
  ? [...last.routes.values()].flat().filter((s) => s.kind === "DROPOFF").length
  : 0;
console.log(`live re-plan: ${orders} open orders over ${couriers} couriers, ${runs} runs`);
console.log(`  improvement budget ${budgetMs} ms (construction and explanations always complete)`);
console.log(
  `  p50 ${pct(0.5).toFixed(0)} ms   p95 ${pct(0.95).toFixed(0)} ms   max ${pct(1).toFixed(0)} ms   target < 1000 ms`,
);
// On a shared, loaded machine wall time includes waiting for a core; CPU time does not.
console.log(
  `  CPU time: p50 ${at(cpu, 0.5).toFixed(0)} ms   p95 ${at(cpu, 0.95).toFixed(0)} ms (load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(
  `  last run: ${planned}/${orders} placed, ${last?.assignments.length ?? 0} explained, ${drops} drop-offs planned, cost ${last?.cost.toFixed(0)}`,
);
console.log(`  ${pct(0.95) < 1000 ? "PASS" : "FAIL"}: p95 ${pct(0.95) < 1000 ? "<" : ">="} 1 s`);
