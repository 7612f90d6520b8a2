import type { SearchContext } from "./context";
import { repair } from "./repair";
import { Solution } from "./solution-state";

/** Initial solution: all requests in the bank, then greedy insertion opening routes as needed. */
export function construct(ctx: SearchContext, routeCount: number): Solution {
  const sol = new Solution(ctx.p, ctx.obj, routeCount);
  sol.unassigned = ctx.rng.shuffle(Array.from(ctx.p.requests));
  repair(ctx, sol, { k: 1, noise: 0, allowNewRoute: true });
  return sol;
}
