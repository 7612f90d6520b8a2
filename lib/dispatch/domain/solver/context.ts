import type { Objective } from "./objective";
import type { Prng } from "./prng";
import type { Problem } from "./problem";

/** Shared read-only search context handed to operators. */
export interface SearchContext {
  readonly p: Problem;
  readonly obj: Objective;
  readonly rng: Prng;
}
