#!/usr/bin/env node
// Browser tests in an isolated sandbox, so several people (or helper sessions) can build and run
// Playwright side by side in one checkout: own build folder, own seeded database, own port.
//
//   node scripts/e2e-isolated.mjs <name> [--no-build] [--reseed] [--postgres] [playwright args...]
//
// Builds into .next/iso-<name> (skip with --no-build once built), seeds data/e2e-<name>.db once
// (again with --reseed), then runs `playwright test <args>` on a port derived from the name.
// --postgres: the same on PostgreSQL instead: a throwaway server (scripts/pg-server.mjs) whose
// data folder /tmp/waimai-pg-iso-<name> is kept between runs, so the migrated and seeded
// database `e2e` is reused like the SQLite file (again with --reseed); stopped after the run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startPostgres, createDatabase } from "./pg-server.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error(
    "usage: node scripts/e2e-isolated.mjs <name> [--no-build] [--reseed] [playwright args]",
  );
  process.exit(2);
}
const noBuild = rest.includes("--no-build");
const reseed = rest.includes("--reseed");
const postgres = rest.includes("--postgres");
const playwrightArgs = rest.filter(
  (arg) => arg !== "--no-build" && arg !== "--reseed" && arg !== "--postgres",
);
const distDir = `.next/iso-${name}`;
const db = `data/e2e-${name}.db`;
let hash = 0;
for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) % 800;
const port = 3200 + hash;
const bin = (p) => path.join(root, "node_modules", p);

function run(label, args, env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.log(`✖ ${label} failed`);
    restoreTsconfig();
    process.exit(result.status ?? 1);
  }
}

// Next adds `<distDir>/types/**` to tsconfig.json's include on every build; take it out again.
function restoreTsconfig() {
  const config = JSON.parse(readFileSync("tsconfig.json", "utf8"));
  const include = config.include.filter((entry) => !entry.startsWith(".next/iso-"));
  if (include.length === config.include.length) return;
  config.include = include;
  writeFileSync("tsconfig.json", JSON.stringify(config, null, 2) + "\n");
  spawnSync(process.execPath, [bin("prettier/bin/prettier.cjs"), "--write", "tsconfig.json"]);
}

mkdirSync("data", { recursive: true });
if (!noBuild) {
  try {
    run(`next build → ${distDir}`, [bin("next/dist/bin/next"), "build"], {
      NEXT_DIST_DIR: distDir,
    });
  } finally {
    restoreTsconfig();
  }
}
let databaseUrl = `file:./${db}`;
if (postgres) {
  // Own data folder and port (next to the app's port) so sandboxes never share a server.
  const dir = `/tmp/waimai-pg-iso-${name}`;
  const fresh = reseed || !existsSync(path.join(dir, "data", "PG_VERSION"));
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`\n▶ PostgreSQL in ${dir} on :${port + 1000}`);
  const pgServer = await startPostgres({ dir, port: port + 1000 });
  process.on("exit", () => pgServer.stop({ keep: true }));
  const admin = pgServer.url;
  databaseUrl = fresh ? await createDatabase(admin, "e2e") : admin.replace(/\/postgres$/, "/e2e");
  if (fresh) {
    const env = { DATABASE_URL: databaseUrl };
    run("migrate (PostgreSQL)", ["scripts/db-migrate.mjs"], env);
    run(
      "seed (PostgreSQL)",
      [bin("tsx/dist/cli.mjs"), "scripts/seed.ts", "--orders", "8000", "--days", "21"],
      env,
    );
  }
} else if (reseed || !existsSync(db)) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${db}${suffix}`, { force: true });
  const env = { DATABASE_URL: `file:./${db}` };
  run("migrate", ["scripts/prisma.mjs", "migrate", "deploy"], env);
  run(
    "seed",
    [bin("tsx/dist/cli.mjs"), "scripts/seed.ts", "--orders", "8000", "--days", "21"],
    env,
  );
}
run(`playwright on :${port}`, [bin("@playwright/test/cli.js"), "test", ...playwrightArgs], {
  NEXT_DIST_DIR: distDir,
  E2E_PORT: String(port),
  E2E_DATABASE_URL: databaseUrl,
  E2E_OUTPUT_DIR: `test-results-iso/${name}`,
});
