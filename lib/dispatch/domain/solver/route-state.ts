import type { Problem } from "./problem";

/**
 * One vehicle's route with cached schedule data. `nodes[0]` and `nodes[len - 1]` are the
 * depot. The caches make insertion checks O(1) per position: `fts[k]` (forward time slack)
 * is how far service at position k may be delayed without breaking any later window.
 */
export class RouteState {
  readonly nodes: Int32Array;
  /** Service start time at each position (arrival time for the closing depot). */
  readonly start: Float64Array;
  /** Load on board after serving each position. */
  readonly load: Float64Array;
  readonly fts: Float64Array;
  len = 2;
  distance = 0;
  /** Objective-specific extra cost (lateness, fairness); 0 for the distance objective. */
  extra = 0;
  /** False if the cached schedule violates a hard constraint (only for foreign input). */
  feasible = true;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.start = new Float64Array(capacity);
    this.load = new Float64Array(capacity);
    this.fts = new Float64Array(capacity);
  }

  /** Number of tasks (excluding depots). */
  get size(): number {
    return this.len - 2;
  }

  /** Recomputes schedule, loads, slack and distance from scratch in O(len). */
  update(p: Problem): void {
    const { nodes, start, load, fts, len } = this;
    const { dist, n, early, late, service, demand, capacity, eps } = p;
    let t = 0;
    let q = 0;
    let d = 0;
    let ok = true;
    start[0] = 0;
    load[0] = 0;
    for (let k = 1; k < len; k++) {
      const a = nodes[k - 1] ?? 0;
      const b = nodes[k] ?? 0;
      const leg = dist[a * n + b] ?? 0;
      d += leg;
      const arr = t + (service[a] ?? 0) + leg;
      const e = early[b] ?? 0;
      t = arr > e ? arr : e;
      start[k] = t;
      if (t > (late[b] ?? 0) + eps) ok = false;
      q += demand[b] ?? 0;
      load[k] = q;
      if (q > capacity + eps) ok = false;
    }
    let slack = (late[0] ?? 0) - (start[len - 1] ?? 0);
    fts[len - 1] = slack;
    for (let k = len - 2; k >= 0; k--) {
      const a = nodes[k] ?? 0;
      const b = nodes[k + 1] ?? 0;
      const arrNext = (start[k] ?? 0) + (service[a] ?? 0) + (dist[a * n + b] ?? 0);
      const wait = (start[k + 1] ?? 0) - arrNext;
      const own = (late[a] ?? 0) - (start[k] ?? 0);
      slack = wait + slack;
      if (own < slack) slack = own;
      fts[k] = slack;
    }
    this.distance = d;
    this.feasible = ok;
  }

  /** Inserts pickup after position i and delivery after original position j (j >= i). */
  insertPair(pickup: number, delivery: number, i: number, j: number): void {
    const nodes = this.nodes;
    for (let k = this.len - 1; k > j; k--) nodes[k + 2] = nodes[k] ?? 0;
    nodes[j + 2] = delivery;
    for (let k = j; k > i; k--) nodes[k + 1] = nodes[k] ?? 0;
    nodes[i + 1] = pickup;
    this.len += 2;
  }

  /** Removes both given tasks (wherever they are) without refreshing caches. */
  removePair(a: number, b: number): void {
    const nodes = this.nodes;
    let w = 0;
    for (let k = 0; k < this.len; k++) {
      const v = nodes[k] ?? 0;
      if (v !== a && v !== b) nodes[w++] = v;
    }
    this.len = w;
  }

  /** Copies another route's sequence and caches. */
  copyFrom(o: RouteState): void {
    this.nodes.set(o.nodes.subarray(0, o.len));
    this.start.set(o.start.subarray(0, o.len));
    this.load.set(o.load.subarray(0, o.len));
    this.fts.set(o.fts.subarray(0, o.len));
    this.len = o.len;
    this.distance = o.distance;
    this.extra = o.extra;
    this.feasible = o.feasible;
  }

  /** Makes the route empty (depot to depot) and refreshes its caches. */
  clear(p: Problem): void {
    this.nodes[0] = 0;
    this.nodes[1] = 0;
    this.len = 2;
    this.extra = 0;
    this.update(p);
  }

  /** Task indices in visiting order, depot omitted. */
  tasks(): number[] {
    return Array.from(this.nodes.subarray(1, this.len - 1));
  }
}
