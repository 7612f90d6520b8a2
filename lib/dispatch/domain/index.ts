// Public entry point of the dispatch domain: pure TypeScript, no framework imports.
export type { Instance, Routes } from "./instance";
export { InstanceParseError, parseInstance } from "./parse-instance";
export { checkSolution } from "./check-solution";
export type { CheckResult } from "./check-solution";
export { formatRoutes, parseRoutes } from "./solution-format";
export { solve } from "./solver/solve";
export type { SolveOptions, SolveResult } from "./solver/solve";
export { hierarchicalObjective, liveObjective } from "./solver/objective";
export type { LiveObjectiveOptions, Objective, RouteExtraCost } from "./solver/objective";
