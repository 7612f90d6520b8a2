#!/usr/bin/env node
// `npm start`: prepare the database (migrate, seed if empty), build when the sources are newer
// than the last build, then serve on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const port = process.env.PORT ?? "3000";

// The server takes its session secret only from the environment and refuses to start without
// one. This one-machine install keeps a random one per install in data/ (mode 600, never
// committed) and hands it over; several instances must share an AUTH_SECRET set by the operator.
function installSecret() {
  const file = path.join(root, "data", ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const env = {
  ...process.env,
  ...(process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET
    ? {}
    : { AUTH_SECRET: installSecret() }),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // The demo simulator keeps the board alive; DEMO_SIMULATOR=off turns it off.
  DEMO_SIMULATOR: process.env.DEMO_SIMULATOR ?? "on",
};

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  const stamp = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const sources = ["app", "components", "lib", "public", "prisma"].map((d) => newestSource(d));
  const files = ["package-lock.json", "next.config.mjs", "proxy.ts", "instrumentation.ts"]
    .filter((f) => existsSync(f))
    .map((f) => statSync(f).mtimeMs);
  return Math.max(...sources, ...files) < built;
}

run(["node_modules/tsx/dist/cli.mjs", "scripts/prepare-db.ts"]);
if (!buildIsCurrent() || process.env.FORCE_BUILD === "1") {
  run(["node_modules/next/dist/bin/next", "build"]);
}
console.log(`\nConsole on http://localhost:${port}  (demo logins: see README)\n`);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
