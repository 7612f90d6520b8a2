import type { LiveModel } from "./model";

/** Running state of a route simulation. */
type Sim = { t: number; pos: number; load: number; travel: number; late: number };

export type RouteEval = {
  cost: number;
  travel: number;
  late: number;
  /** Minutes from now until the last stop is done. */
  end: number;
  feasible: boolean;
};

export type Insertion = { delta: number; i: number; j: number };

/** Visits `node`; false when the bag count would exceed the capacity. */
function visit(m: LiveModel, s: Sim, node: number, capacity: number): boolean {
  const d = m.travel[s.pos * m.nodeCount + node] ?? 0;
  s.travel += d;
  s.t += d;
  const ready = m.ready[node] ?? -Infinity;
  if (s.t < ready) s.t = ready;
  s.load += m.delta[node] ?? 0;
  const over = s.t - (m.promise[node] ?? Infinity);
  if (over > 0) s.late += over;
  s.t += m.settings.serviceMinutes;
  s.pos = node;
  return s.load <= capacity;
}

function costOf(m: LiveModel, s: Sim): number {
  const { latenessWeight, fairnessWeight } = m.settings;
  return s.travel + latenessWeight * s.late + (fairnessWeight * s.t * s.t) / 60;
}

function start(m: LiveModel, c: number): Sim {
  return { t: 0, pos: c, load: m.onBoardNodes[c]?.length ?? 0, travel: 0, late: 0 };
}

function capacityOf(m: LiveModel, c: number, ignoreCapacity: boolean): number {
  return ignoreCapacity ? Infinity : (m.couriers[c]?.capacity ?? 0);
}

/** Simulates courier c driving `seq` from its position now. */
export function evaluateRoute(m: LiveModel, c: number, seq: readonly number[]): RouteEval {
  const s = start(m, c);
  const cap = capacityOf(m, c, false);
  let feasible = true;
  for (const v of seq) if (!visit(m, s, v, cap)) feasible = false;
  return {
    cost: seq.length === 0 ? 0 : costOf(m, s),
    travel: s.travel,
    late: s.late,
    end: s.t,
    feasible,
  };
}

/** Service start time at every stop of `seq`, minutes from now. */
export function stopTimes(m: LiveModel, c: number, seq: readonly number[]): number[] {
  const s = start(m, c);
  return seq.map((v) => {
    visit(m, s, v, Infinity);
    return s.t - m.settings.serviceMinutes;
  });
}

// Scratch buffers for the prefix states of `bestInsertion` (grown on demand, never shared
// across calls because the planner is synchronous).
let prefixT = new Float64Array(64);
let prefixTravel = new Float64Array(64);
let prefixLate = new Float64Array(64);
let prefixLoad = new Int32Array(64);

/**
 * Cost of driving from `pos` at time t with the given totals through `extra` (up to two
 * nodes: the pickup and/or drop-off being inserted) and then seq[from..]. Written with
 * scalars only, because it is the planner's innermost loop.
 */
function tail(
  m: LiveModel,
  cap: number,
  pos: number,
  t: number,
  load: number,
  travel: number,
  late: number,
  seq: readonly number[],
  from: number,
  d: number,
): number {
  const n = m.nodeCount;
  const service = m.settings.serviceMinutes;
  let node = d;
  let k = from;
  for (;;) {
    const dt = m.travel[pos * n + node] ?? 0;
    travel += dt;
    t += dt;
    const ready = m.ready[node] ?? -Infinity;
    if (t < ready) t = ready;
    load += m.delta[node] ?? 0;
    if (load > cap) return Infinity;
    const over = t - (m.promise[node] ?? Infinity);
    if (over > 0) late += over;
    t += service;
    pos = node;
    if (k >= seq.length) break;
    node = seq[k++] ?? 0;
  }
  const { latenessWeight, fairnessWeight } = m.settings;
  return travel + latenessWeight * late + (fairnessWeight * t * t) / 60;
}

/**
 * Cheapest place for pickup `p` and drop-off `p + 1` in courier c's route (pickup before
 * drop-off), as the added cost over `baseCost`; null when no position respects capacity.
 */
export function bestInsertion(
  m: LiveModel,
  c: number,
  seq: readonly number[],
  baseCost: number,
  p: number,
  ignoreCapacity = false,
): Insertion | null {
  const cap = capacityOf(m, c, ignoreCapacity);
  const len = seq.length;
  if (prefixT.length <= len + 1) {
    prefixT = new Float64Array(2 * len + 2);
    prefixTravel = new Float64Array(2 * len + 2);
    prefixLate = new Float64Array(2 * len + 2);
    prefixLoad = new Int32Array(2 * len + 2);
  }
  const s = start(m, c);
  for (let k = 0; k <= len; k++) {
    prefixT[k] = s.t;
    prefixTravel[k] = s.travel;
    prefixLate[k] = s.late;
    prefixLoad[k] = s.load;
    if (k < len) visit(m, s, seq[k] ?? 0, Infinity);
  }
  const n = m.nodeCount;
  const service = m.settings.serviceMinutes;
  const d = p + 1;
  let best: Insertion | null = null;
  for (let i = 0; i <= len; i++) {
    if ((prefixLoad[i] ?? 0) + 1 > cap) continue;
    // State right after visiting the pickup inserted before seq[i].
    let pos = i === 0 ? c : (seq[i - 1] ?? 0);
    let dt = m.travel[pos * n + p] ?? 0;
    let t = (prefixT[i] ?? 0) + dt;
    let travel = (prefixTravel[i] ?? 0) + dt;
    let late = prefixLate[i] ?? 0;
    let load = (prefixLoad[i] ?? 0) + 1;
    const ready = m.ready[p] ?? -Infinity;
    if (t < ready) t = ready;
    t += service;
    pos = p;
    for (let j = i; j <= len; j++) {
      const cost = tail(m, cap, pos, t, load, travel, late, seq, j, d) - baseCost;
      if (best === null || cost < best.delta) best = { delta: cost, i, j };
      if (j === len) break;
      // Advance past seq[j] with the new order still on board.
      const v = seq[j] ?? 0;
      dt = m.travel[pos * n + v] ?? 0;
      travel += dt;
      t += dt;
      const r = m.ready[v] ?? -Infinity;
      if (t < r) t = r;
      load += m.delta[v] ?? 0;
      if (load > cap) break;
      const over = t - (m.promise[v] ?? Infinity);
      if (over > 0) late += over;
      t += service;
      pos = v;
    }
  }
  return best !== null && Number.isFinite(best.delta) ? best : null;
}

/** `seq` with pickup p inserted before index i and its drop-off before index j. */
export function applyInsertion(seq: readonly number[], p: number, at: Insertion): number[] {
  const out = seq.slice(0, at.i);
  out.push(p, ...seq.slice(at.i, at.j), p + 1, ...seq.slice(at.j));
  return out;
}

/** `seq` without order p's two stops. */
export function withoutOrder(seq: readonly number[], p: number): number[] {
  return seq.filter((v) => v !== p && v !== p + 1);
}
