import type { Instance } from "../instance";

/** Solver-side view of an instance: flat arrays and a precomputed distance matrix. */
export interface Problem {
  readonly instance: Instance;
  readonly n: number;
  readonly capacity: number;
  readonly dist: Float64Array;
  readonly demand: Float64Array;
  readonly early: Float64Array;
  readonly late: Float64Array;
  readonly service: Float64Array;
  /** Partner task: delivery of a pickup and pickup of a delivery. */
  readonly partner: Int32Array;
  /** Pickup nodes; a request is identified by its pickup node. */
  readonly requests: Int32Array;
  readonly maxDist: number;
  /** Row a: all nodes sorted by distance from a (a itself first). */
  readonly neighbours: Int32Array;
  /**
   * Hard time tolerance, tighter than the checker's so that roundoff differences between the
   * incremental and the plain simulation can never yield a plan the checker rejects.
   */
  readonly eps: number;
}

/** Builds the solver model (O(n^2) distance matrix) from a parsed instance. */
export function buildProblem(instance: Instance): Problem {
  const n = instance.nodeCount;
  const dist = new Float64Array(n * n);
  let maxDist = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const dx = (instance.x[a] ?? 0) - (instance.x[b] ?? 0);
      const dy = (instance.y[a] ?? 0) - (instance.y[b] ?? 0);
      const d = Math.sqrt(dx * dx + dy * dy);
      dist[a * n + b] = d;
      if (d > maxDist) maxDist = d;
    }
  }
  const partner = new Int32Array(n);
  const requests: number[] = [];
  for (let k = 1; k < n; k++) {
    const d = instance.deliveryOf[k] ?? 0;
    if (d > 0) {
      partner[k] = d;
      partner[d] = k;
      requests.push(k);
    }
  }
  const neighbours = new Int32Array(n * n);
  const order = Array.from({ length: n }, (_, k) => k);
  for (let a = 0; a < n; a++) {
    order.sort((u, v) => (dist[a * n + u] ?? 0) - (dist[a * n + v] ?? 0));
    neighbours.set(order, a * n);
  }
  return {
    instance,
    neighbours,
    n,
    capacity: instance.capacity,
    dist,
    demand: instance.demand,
    early: instance.earliest,
    late: instance.latest,
    service: instance.service,
    partner,
    requests: Int32Array.from(requests),
    maxDist,
    eps: 1e-7,
  };
}
