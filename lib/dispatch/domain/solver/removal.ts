import type { SearchContext } from "./context";
import type { Solution } from "./solution-state";

/** A destroy operator: removes `count` requests from the solution into its bank. */
export type RemovalOperator = (ctx: SearchContext, sol: Solution, count: number) => void;

function assignedRequests(sol: Solution): number[] {
  const out: number[] = [];
  for (const pu of sol.p.requests) if ((sol.routeOf[pu] ?? -1) >= 0) out.push(pu);
  return out;
}

/** Position of every routed node in its route (index into RouteState.nodes). */
function positions(sol: Solution): Int32Array {
  const pos = new Int32Array(sol.p.n).fill(-1);
  for (const route of sol.routes) {
    for (let k = 1; k < route.len - 1; k++) pos[route.nodes[k] ?? 0] = k;
  }
  return pos;
}

/** Random removal: uniformly chosen requests. */
export const randomRemoval: RemovalOperator = (ctx, sol, count) => {
  const reqs = ctx.rng.shuffle(assignedRequests(sol));
  sol.removeMany(reqs.slice(0, count));
};

/** Worst removal: requests whose removal saves most distance, with randomised ranking. */
export const worstRemoval: RemovalOperator = (ctx, sol, count) => {
  const { p, rng } = ctx;
  const { dist, n } = p;
  const pos = positions(sol);
  const reqs = assignedRequests(sol);
  const saving = new Map<number, number>();
  for (const pu of reqs) {
    const de = p.partner[pu] ?? 0;
    const route = sol.routes[sol.routeOf[pu] ?? 0];
    if (!route) continue;
    const nodes = route.nodes;
    const a = pos[pu] ?? 0;
    const b = pos[de] ?? 0;
    const pp = nodes[a - 1] ?? 0;
    const dn = nodes[b + 1] ?? 0;
    let s: number;
    if (b === a + 1) {
      s = (dist[pp * n + pu] ?? 0) + (dist[pu * n + de] ?? 0) + (dist[de * n + dn] ?? 0);
      s -= dist[pp * n + dn] ?? 0;
    } else {
      const pn = nodes[a + 1] ?? 0;
      const dp = nodes[b - 1] ?? 0;
      s = (dist[pp * n + pu] ?? 0) + (dist[pu * n + pn] ?? 0) - (dist[pp * n + pn] ?? 0);
      s += (dist[dp * n + de] ?? 0) + (dist[de * n + dn] ?? 0) - (dist[dp * n + dn] ?? 0);
    }
    saving.set(pu, s);
  }
  reqs.sort((x, y) => (saving.get(y) ?? 0) - (saving.get(x) ?? 0));
  const chosen: number[] = [];
  for (let c = 0; c < count && reqs.length > 0; c++) {
    const idx = Math.floor(Math.pow(rng.next(), 3) * reqs.length);
    chosen.push(reqs[idx] ?? 0);
    reqs.splice(idx, 1);
  }
  sol.removeMany(chosen);
};

/** Shaw (relatedness) removal: requests close in space, time and size to already chosen ones. */
export const shawRemoval: RemovalOperator = (ctx, sol, count) => {
  const { p, rng } = ctx;
  const { dist, n } = p;
  const pos = positions(sol);
  const startOf = new Float64Array(n);
  for (let v = 1; v < n; v++) {
    startOf[v] = sol.routes[sol.routeOf[v] ?? -1]?.start[pos[v] ?? 0] ?? 0;
  }
  const invHorizon = 1 / ((p.late[0] ?? 1) || 1);
  const invD = 1 / (p.maxDist || 1);
  const invQ = 1 / p.capacity;
  const score = new Float64Array(n);
  const rest = assignedRequests(sol);
  if (rest.length === 0) return;
  const first = rest.splice(rng.int(rest.length), 1)[0] ?? 0;
  const chosen = [first];
  while (chosen.length < count && rest.length > 0) {
    const i = chosen[rng.int(chosen.length)] ?? first;
    const di = p.partner[i] ?? 0;
    const ri = sol.routeOf[i];
    for (const j of rest) {
      const dj = p.partner[j] ?? 0;
      const dd = ((dist[i * n + j] ?? 0) + (dist[di * n + dj] ?? 0)) * invD;
      const dt =
        (Math.abs((startOf[i] ?? 0) - (startOf[j] ?? 0)) +
          Math.abs((startOf[di] ?? 0) - (startOf[dj] ?? 0))) *
        invHorizon;
      const dq = Math.abs((p.demand[i] ?? 0) - (p.demand[j] ?? 0)) * invQ;
      // Ropke & Pisinger weights: distance 9, time 3, load 2, different vehicle 5.
      score[j] = 9 * dd + 3 * dt + 2 * dq + (sol.routeOf[j] === ri ? 0 : 5);
    }
    rest.sort((x, y) => (score[x] ?? 0) - (score[y] ?? 0));
    const idx = Math.floor(Math.pow(rng.next(), 6) * rest.length);
    chosen.push(rest[idx] ?? 0);
    rest.splice(idx, 1);
  }
  sol.removeMany(chosen);
};

/** Route removal: empties a random route (helps escape fleet-size plateaus). */
export const routeRemoval: RemovalOperator = (ctx, sol, count) => {
  const used = sol.routes.filter((r) => r.len > 2);
  const route = used[ctx.rng.int(used.length)];
  if (!route) return;
  const reqs = route.tasks().filter((t) => (ctx.p.instance.deliveryOf[t] ?? 0) > 0);
  sol.removeMany(reqs);
  if (count > reqs.length) randomRemoval(ctx, sol, count - reqs.length);
};

const MAX_STRING = 10;

/**
 * String removal (SISR, Christiaens & Vanden Berghe 2020, adapted to pairs): cuts a string
 * of consecutive stops from several routes near a random seed node and removes every
 * request touched by a string.
 */
export const stringRemoval: RemovalOperator = (ctx, sol, count) => {
  const { p, rng } = ctx;
  const n = p.n;
  const seed = 1 + rng.int(n - 1);
  const ruined = new Set<number>();
  const chosen = new Set<number>();
  for (let k = 0; k < n && chosen.size < count; k++) {
    const c = p.neighbours[seed * n + k] ?? 0;
    const r = sol.routeOf[c] ?? -1;
    if (c === 0 || r < 0 || ruined.has(r)) continue;
    const route = sol.routes[r];
    if (!route) continue;
    ruined.add(r);
    const size = route.len - 2;
    const len = 1 + rng.int(Math.min(size, MAX_STRING));
    let pos = 1;
    for (let i = 1; i < route.len - 1; i++) if (route.nodes[i] === c) pos = i;
    const first = Math.max(1, Math.min(pos - rng.int(len), route.len - 1 - len));
    for (let i = first; i < first + len && chosen.size < count; i++) {
      const v = route.nodes[i] ?? 0;
      chosen.add((p.instance.deliveryOf[v] ?? 0) > 0 ? v : (p.partner[v] ?? 0));
    }
  }
  sol.removeMany([...chosen]);
};
