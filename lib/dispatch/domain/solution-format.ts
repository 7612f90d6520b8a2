import type { Routes } from "./instance";

/** Parses SINTEF-style route lines (`Route 3 : 12 5 33`), ignoring any header lines. */
export function parseRoutes(text: string): number[][] {
  const routes: number[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*Route\s+\d+\s*:(.*)$/i.exec(raw);
    if (!m) continue;
    const body = (m[1] ?? "").trim();
    routes.push(body === "" ? [] : body.split(/\s+/).map(Number));
  }
  return routes;
}

/** Formats non-empty routes as `Route k : a b c` lines, numbered from 1. */
export function formatRoutes(routes: Routes): string {
  return (
    routes
      .filter((r) => r.length > 0)
      .map((r, k) => `Route ${k + 1} : ${r.join(" ")}`)
      .join("\n") + "\n"
  );
}
