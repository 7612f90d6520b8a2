import { explainChoice } from "./explain";
import { buildModel, pickupNode, type LiveModel } from "./model";
import {
  applyInsertion,
  bestInsertion,
  evaluateRoute,
  stopTimes,
  withoutOrder,
} from "./route-cost";
import {
  DEFAULT_LIVE_SETTINGS,
  type LiveCourier,
  type LiveOrder,
  type LivePlanResult,
  type LiveSettings,
  type LiveStop,
} from "./types";

export type PlanOptions = {
  now: number;
  settings?: Partial<LiveSettings>;
  /** Budget for the improvement passes (construction always completes). */
  timeLimitMs?: number;
  /** Orders to explain; by default every order whose courier changes. */
  explain?: (orderId: string, courierId: string, previous: string | null) => boolean;
  /** Wall clock, injectable for tests. */
  clock?: () => number;
};

// Candidate couriers per order: the nearest ones; far couriers never win and cost time.
const NEAREST = 30;

type State = {
  m: LiveModel;
  routes: number[][];
  cost: number[];
  /** Courier index per order index, -1 when unplaced. */
  at: number[];
  candidates: number[][];
};

function insertionCost(
  s: State,
  k: number,
  c: number,
): { delta: number; i: number; j: number } | null {
  const ins = bestInsertion(s.m, c, s.routes[c] ?? [], s.cost[c] ?? 0, pickupNode(s.m, k));
  if (!ins) return null;
  const current = s.m.orders[k]?.currentCourierId;
  const switching = current != null && current !== s.m.couriers[c]?.id;
  return switching ? { ...ins, delta: ins.delta + s.m.settings.switchPenalty } : ins;
}

function place(s: State, k: number, c: number, ignoreCapacity = false): boolean {
  const p = pickupNode(s.m, k);
  const seq = s.routes[c] ?? [];
  const ins = bestInsertion(s.m, c, seq, s.cost[c] ?? 0, p, ignoreCapacity);
  if (!ins) return false;
  s.routes[c] = applyInsertion(seq, p, ins);
  s.cost[c] = evaluateRoute(s.m, c, s.routes[c]).cost;
  s.at[k] = c;
  return true;
}

/** Nearest-first order for what a courier already carries. */
function onBoardRoute(m: LiveModel, c: number): number[] {
  const left = [...(m.onBoardNodes[c] ?? [])];
  const seq: number[] = [];
  let pos = c;
  while (left.length > 0) {
    left.sort(
      (a, b) => (m.travel[pos * m.nodeCount + a] ?? 0) - (m.travel[pos * m.nodeCount + b] ?? 0),
    );
    pos = left.shift() ?? pos;
    seq.push(pos);
  }
  return seq;
}

function candidatesFor(m: LiveModel, o: LiveOrder, k: number): number[] {
  const p = pickupNode(m, k);
  const list: number[] = [];
  m.couriers.forEach((c, i) => {
    if (c.available && c.capacity > 0 && !o.excludedCourierIds.includes(c.id)) list.push(i);
  });
  list.sort((a, b) => (m.travel[a * m.nodeCount + p] ?? 0) - (m.travel[b * m.nodeCount + p] ?? 0));
  return list.slice(0, NEAREST);
}

/** Regret-2 insertion: the order that loses most by not getting its best courier goes first. */
function construct(s: State, open: number[], unplaced: Set<number>): void {
  const C = s.m.couriers.length;
  const table = new Float64Array(s.m.orders.length * C).fill(Infinity);
  const fill = (k: number, c: number) => {
    table[k * C + c] = insertionCost(s, k, c)?.delta ?? Infinity;
  };
  for (const k of open) for (const c of s.candidates[k] ?? []) fill(k, c);
  const left = new Set(open);
  while (left.size > 0) {
    let pick = -1;
    let pickCourier = -1;
    let pickRegret = -Infinity;
    let pickBest = Infinity;
    for (const k of left) {
      let best = Infinity;
      let second = Infinity;
      let bc = -1;
      for (const c of s.candidates[k] ?? []) {
        const v = table[k * C + c] ?? Infinity;
        if (v < best) {
          second = best;
          best = v;
          bc = c;
        } else if (v < second) second = v;
      }
      const regret = second === Infinity ? 1e9 : second - best;
      if (regret > pickRegret || (regret === pickRegret && best < pickBest)) {
        pick = k;
        pickCourier = bc;
        pickRegret = regret;
        pickBest = best;
      }
    }
    left.delete(pick);
    if (pickCourier < 0 || !place(s, pick, pickCourier)) {
      unplaced.add(pick);
      continue;
    }
    for (const k of left) if ((s.candidates[k] ?? []).includes(pickCourier)) fill(k, pickCourier);
  }
}

/** Relocate passes: move single orders to a cheaper courier or position while time allows. */
function improve(s: State, open: number[], deadline: number, clock: () => number): void {
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (const k of open) {
      if (clock() > deadline) return;
      const from = s.at[k] ?? -1;
      if (from < 0) continue;
      const saved = s.routes[from] ?? [];
      const savedCost = s.cost[from] ?? 0;
      s.routes[from] = withoutOrder(saved, pickupNode(s.m, k));
      s.cost[from] = evaluateRoute(s.m, from, s.routes[from]).cost;
      let best = from;
      let bestDelta = insertionCost(s, k, from)?.delta ?? Infinity;
      for (const c of s.candidates[k] ?? []) {
        if (c === from) continue;
        const d = insertionCost(s, k, c)?.delta ?? Infinity;
        if (d < bestDelta - 1e-6) {
          bestDelta = d;
          best = c;
        }
      }
      if (best === from || !place(s, k, best)) {
        s.routes[from] = saved;
        s.cost[from] = savedCost;
        s.at[k] = from;
        continue;
      }
      moved = true;
    }
    if (!moved) return;
  }
}

/**
 * Re-plans open orders over couriers from their positions now. Orders on board stay with
 * their courier, fixed orders (pinned, manual, offered) stay with theirs, paused-zone orders
 * stay where they are or wait; the rest go by regret insertion and relocation under the
 * live objective (travel, lateness against the promise, fairness). Never infeasible: an
 * order that fits nowhere is returned in `unplanned`.
 */
export function planLive(
  couriers: readonly LiveCourier[],
  orders: readonly LiveOrder[],
  opts: PlanOptions,
): LivePlanResult {
  const clock = opts.clock ?? (() => Date.now());
  const began = clock();
  const settings = { ...DEFAULT_LIVE_SETTINGS, ...opts.settings };
  const m = buildModel(couriers, orders, settings, opts.now);
  const index = new Map(couriers.map((c, i) => [c.id, i]));
  const routes = couriers.map((_, c) => onBoardRoute(m, c));
  const s: State = {
    m,
    routes,
    cost: routes.map((seq, c) => evaluateRoute(m, c, seq).cost),
    at: orders.map(() => -1),
    candidates: orders.map((o, k) => candidatesFor(m, o, k)),
  };
  const unplanned: LivePlanResult["unplanned"] = [];
  const open: number[] = [];
  orders.forEach((o, k) => {
    const current = o.currentCourierId === null ? undefined : index.get(o.currentCourierId);
    const keep = current !== undefined && (o.fixed || (o.paused && couriers[current]?.available));
    if (keep) place(s, k, current, true);
    else if (o.paused) unplanned.push({ orderId: o.id, reason: "paused" });
    else open.push(k);
  });
  const failed = new Set<number>();
  construct(s, open, failed);
  improve(
    s,
    open.filter((k) => !failed.has(k)),
    began + (opts.timeLimitMs ?? 400),
    clock,
  );
  for (const k of failed) unplanned.push({ orderId: orders[k]?.id ?? "", reason: "no_courier" });

  const explainIf =
    opts.explain ??
    ((_o: string, courier: string, previous: string | null) => courier !== previous);
  const assignments = open
    .filter((k) => (s.at[k] ?? -1) >= 0)
    .filter((k) => {
      const o = orders[k];
      return (
        o !== undefined && explainIf(o.id, couriers[s.at[k] ?? 0]?.id ?? "", o.currentCourierId)
      );
    })
    .map((k) => explainChoice(m, s.routes, s.at[k] ?? 0, pickupNode(m, k), s.candidates[k] ?? []));

  const out = new Map<string, LiveStop[]>();
  couriers.forEach((c, i) => {
    const seq = s.routes[i] ?? [];
    const times = stopTimes(m, i, seq);
    out.set(
      c.id,
      seq.map((v, n) => ({
        orderId: m.orderIdOf[v] ?? "",
        code: m.codeOf[v] ?? "",
        kind: (m.delta[v] ?? 0) > 0 ? "PICKUP" : "DROPOFF",
        lat: m.lat[v] ?? 0,
        lng: m.lng[v] ?? 0,
        eta: opts.now + (times[n] ?? 0) * 60_000,
      })),
    );
  });
  return {
    routes: out,
    assignments,
    unplanned,
    cost: s.cost.reduce((a, b) => a + b, 0),
    elapsedMs: clock() - began,
  };
}
