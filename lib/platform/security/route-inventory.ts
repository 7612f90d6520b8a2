// The app's entry points, read from the file tree: every page, every route handler method and
// every server action. The authorization matrix and the API fuzzer start from this list, so a
// new entry point is tested (or fails the tests until it is given an expectation).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PageEntry = { kind: "page"; file: string; route: string };
export type RouteEntry = { kind: "route"; file: string; route: string; methods: HttpMethod[] };
export type ActionEntry = { kind: "action"; file: string; module: string; names: string[] };

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated") walk(full, out);
    } else out.push(full);
  }
  return out;
}

/** `app/(console)/team/staff/[id]/page.tsx` → `/team/staff/[id]` (route groups dropped). */
export function routeOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route module exports (functions, consts, or re-exported handlers). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  for (const m of HTTP_METHODS) {
    const direct = new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${m}\\b`);
    const renamed = new RegExp(`export\\s*\\{[^}]*\\bas\\s+${m}\\b[^}]*\\}`);
    const plain = new RegExp(`export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`);
    if (direct.test(source) || renamed.test(source) || plain.test(source)) found.add(m);
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

/** Every page under app/. */
export function findPages(root = process.cwd()): PageEntry[] {
  return walk(path.join(root, "app"))
    .filter((f) => path.basename(f) === "page.tsx" || path.basename(f) === "page.ts")
    .map((f) => path.relative(root, f))
    .sort()
    .map((file) => ({ kind: "page", file, route: routeOf(file) }));
}

/** Every route handler under app/, with its exported methods. */
export function findRouteHandlers(root = process.cwd()): RouteEntry[] {
  return walk(path.join(root, "app"))
    .filter((f) => path.basename(f) === "route.ts" || path.basename(f) === "route.tsx")
    .map((f) => path.relative(root, f))
    .sort()
    .map((file) => ({
      kind: "route",
      file,
      route: routeOf(file),
      methods: exportedMethods(readFileSync(path.join(root, file), "utf8")),
    }));
}

/** Every module that starts with the "use server" directive, under app/, lib/ and components/. */
export function findActionModules(root = process.cwd()): ActionEntry[] {
  const files = ["app", "lib", "components"].flatMap((d) => walk(path.join(root, d)));
  return files
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ f, source: readFileSync(f, "utf8") }))
    .filter(({ source }) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source))
    .map(({ f, source }) => {
      const file = path.relative(root, f);
      const names = [
        ...source.matchAll(/export\s+(?:async\s+)?(?:const|function|let)\s+([A-Za-z0-9_]+)/g),
      ].map((m) => m[1] ?? "");
      return {
        kind: "action" as const,
        file,
        module: `@/${file.replace(/\.tsx?$/, "")}`,
        names: names.filter(Boolean).sort(),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Route handlers that answer without a staff session (API keys, courier tokens, tracking links). */
export function isPublicRoute(route: string): boolean {
  return route.startsWith("/api/v1/") || route.startsWith("/track/");
}
