/**
 * Parsed PDPTW instance (Li & Lim format). Node 0 is the depot; every other node is a
 * pickup or a delivery task. Plain typed arrays so the solver and the checker can share
 * the data without sharing any logic.
 */
export interface Instance {
  readonly name: string;
  /** Upper bound on the fleet size (K in the file header). */
  readonly vehicleLimit: number;
  /** Identical capacity of every vehicle. */
  readonly capacity: number;
  /** Number of node rows including the depot. */
  readonly nodeCount: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly demand: Float64Array;
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly service: Float64Array;
  /** For a delivery node: its pickup; otherwise 0. */
  readonly pickupOf: Int32Array;
  /** For a pickup node: its delivery; otherwise 0. */
  readonly deliveryOf: Int32Array;
}

/** A plan: one array of task indices per vehicle, depot omitted. */
export type Routes = readonly (readonly number[])[];
