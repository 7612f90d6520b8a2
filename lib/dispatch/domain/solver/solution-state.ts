import type { Objective } from "./objective";
import type { Problem } from "./problem";
import { RouteState } from "./route-state";

/** Penalty per unplaced request; dominates any vehicle or distance cost. */
export const UNASSIGNED_COST = 1e8;

/** Mutable solution: a fixed pool of routes (some empty), task-to-route map and request bank. */
export class Solution {
  readonly routes: RouteState[];
  /** Route index per node, -1 when unplaced. */
  readonly routeOf: Int32Array;
  /** Unplaced requests, by pickup node. */
  unassigned: number[] = [];

  constructor(
    readonly p: Problem,
    readonly obj: Objective,
    routeCount: number,
  ) {
    this.routes = [];
    for (let r = 0; r < routeCount; r++) {
      const route = new RouteState(p.n + 2);
      route.clear(p);
      this.routes.push(route);
    }
    this.routeOf = new Int32Array(p.n).fill(-1);
  }

  /** Overwrites this solution with another of the same shape. */
  copyFrom(o: Solution): void {
    for (let r = 0; r < this.routes.length; r++) {
      const src = o.routes[r];
      if (src) this.routes[r]?.copyFrom(src);
    }
    this.routeOf.set(o.routeOf);
    this.unassigned = o.unassigned.slice();
  }

  /** Deep copy. */
  clone(): Solution {
    const s = new Solution(this.p, this.obj, this.routes.length);
    s.copyFrom(this);
    return s;
  }

  /** Number of non-empty routes. */
  vehicles(): number {
    let v = 0;
    for (const r of this.routes) if (r.len > 2) v++;
    return v;
  }

  /** Total travelled distance. */
  distance(): number {
    let d = 0;
    for (const r of this.routes) d += r.distance;
    return d;
  }

  /** Objective value including vehicle and unplaced-request penalties. */
  cost(): number {
    let c = UNASSIGNED_COST * this.unassigned.length;
    for (const r of this.routes) {
      if (r.len > 2) c += this.obj.vehicleCost + r.distance + r.extra;
    }
    return c;
  }

  /** Recomputes caches and objective extra for route r. */
  refresh(r: number): void {
    const route = this.routes[r];
    if (!route) return;
    route.update(this.p);
    const extra = this.obj.routeExtra;
    route.extra = extra && route.len > 2 ? extra(this.p, route.nodes, route.start, route.len) : 0;
  }

  /** Inserts request `pu` into route r at positions (i, j); caller removes it from the bank. */
  insert(r: number, pu: number, i: number, j: number): void {
    const route = this.routes[r];
    if (!route) throw new Error(`no route ${r}`);
    const de = this.p.partner[pu] ?? 0;
    route.insertPair(pu, de, i, j);
    this.routeOf[pu] = r;
    this.routeOf[de] = r;
    this.refresh(r);
  }

  /** Removes request `pu` from its route and puts it in the bank. */
  remove(pu: number): void {
    const r = this.routeOf[pu] ?? -1;
    const route = this.routes[r];
    if (!route) return;
    const de = this.p.partner[pu] ?? 0;
    route.removePair(pu, de);
    this.routeOf[pu] = -1;
    this.routeOf[de] = -1;
    this.unassigned.push(pu);
    this.refresh(r);
  }

  /** Removes several requests, refreshing each touched route once. */
  removeMany(pickups: readonly number[]): void {
    const touched = new Set<number>();
    for (const pu of pickups) {
      const r = this.routeOf[pu] ?? -1;
      const route = this.routes[r];
      if (!route) continue;
      const de = this.p.partner[pu] ?? 0;
      route.removePair(pu, de);
      this.routeOf[pu] = -1;
      this.routeOf[de] = -1;
      this.unassigned.push(pu);
      touched.add(r);
    }
    for (const r of touched) this.refresh(r);
  }

  /** Task lists of the non-empty routes. */
  toRoutes(): number[][] {
    return this.routes.filter((r) => r.len > 2).map((r) => r.tasks());
  }
}
