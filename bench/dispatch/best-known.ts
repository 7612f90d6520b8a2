import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One best-known-solution row. */
export interface BestKnown {
  vehicles: number;
  distance: number;
}

/** Parses `instance,vehicles,distance,...` CSV text into a name-keyed map. */
export function parseBestKnownCsv(text: string): Map<string, BestKnown> {
  const out = new Map<string, BestKnown>();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((h) => h.trim().toLowerCase());
  const iName = header.indexOf("instance");
  const iVeh = header.indexOf("vehicles");
  const iDist = header.indexOf("distance");
  if (iName < 0 || iVeh < 0 || iDist < 0) return out;
  for (const line of lines.slice(1)) {
    const cols = line.split(",");
    const name = (cols[iName] ?? "").trim();
    const vehicles = Number(cols[iVeh]);
    const distance = Number(cols[iDist]);
    if (name && Number.isFinite(vehicles) && Number.isFinite(distance)) {
      out.set(name, { vehicles, distance });
    }
  }
  return out;
}

/** Loads every best-known CSV in the instance folder and its parent (first match wins). */
export function loadBestKnown(instanceDir: string): Map<string, BestKnown> {
  const out = new Map<string, BestKnown>();
  for (const dir of [instanceDir, path.dirname(path.resolve(instanceDir))]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.toLowerCase().endsWith(".csv")) continue;
      for (const [k, v] of parseBestKnownCsv(readFileSync(path.join(dir, f), "utf8"))) {
        if (!out.has(k)) out.set(k, v);
      }
    }
  }
  return out;
}
