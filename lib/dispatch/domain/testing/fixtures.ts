import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Location of the shared Li & Lim data set used by the tests: LI_LIM_DIR, else `shared/` beside
 * the checkout (as CI lays it out), else the workplace's copy.
 */
export const LI_LIM_DIR =
  process.env.LI_LIM_DIR ??
  [path.resolve(process.cwd(), "..", "shared", "data", "li-lim"), "/work/shared/data/li-lim"].find(
    (dir) => existsSync(dir),
  ) ??
  path.resolve(process.cwd(), "..", "shared", "data", "li-lim");

/** Path of an instance file in a Li & Lim set folder. */
export function instancePath(set: string, name: string): string {
  return path.join(LI_LIM_DIR, set, `${name}.txt`);
}

/** One node row of a synthetic instance: [x, y, demand, earliest, latest, service, p, d]. */
export type NodeRow = [number, number, number, number, number, number, number, number];

/** Builds instance text in the Li & Lim format (tabs, CRLF) from node rows. */
export function instanceText(vehicles: number, capacity: number, rows: NodeRow[]): string {
  const lines = [`${vehicles}\t${capacity}\t1`];
  rows.forEach((r, k) => lines.push([k, ...r].join("\t")));
  return lines.join("\r\n") + "\r\n";
}
