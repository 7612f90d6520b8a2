#!/usr/bin/env node
// `npm test`: everything CI checks, in order: Chromium present (installs Debian's package when
// missing), lint and format, types, unit and integration tests (Vitest, real SQLite files), a
// production build, then browser tests (Playwright, real Chromium) against the built app on a
// freshly migrated and seeded database. Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const E2E_DB = "data/e2e.db";
const failures = [];
const bin = (p) => path.join(root, "node_modules", p);

function step(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failures.push(name);
    console.log(`✖ ${name} failed (${seconds} s)`);
    return false;
  }
  console.log(`✔ ${name} (${seconds} s)`);
  return true;
}

function ensureChromium() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return true;
  console.log("Chromium not found: installing Debian's chromium package");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args) =>
    spawnSync(sudo.length ? "sudo" : args[0], sudo.length ? args : args.slice(1), {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  return (
    run(["apt-get", "update"]) &&
    run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"])
  );
}

function countResults() {
  let passed = 0;
  let failed = 0;
  const unit = "test-reports/unit-results.json";
  if (existsSync(unit)) {
    const report = JSON.parse(readFileSync(unit, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  const e2e = "test-reports/e2e-results.json";
  if (existsSync(e2e)) {
    const stats = JSON.parse(readFileSync(e2e, "utf8")).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  }
  return { passed, failed };
}

rmSync("test-reports", { recursive: true, force: true });
mkdirSync("test-reports", { recursive: true });
mkdirSync("data", { recursive: true });

if (!ensureChromium()) failures.push("install Chromium");
step("lint (eslint)", process.execPath, [bin("eslint/bin/eslint.js"), "."]);
step("format (prettier --check)", process.execPath, [
  bin("prettier/bin/prettier.cjs"),
  "--check",
  ".",
]);
step("types (tsc)", process.execPath, [bin("typescript/bin/tsc"), "--noEmit", "-p", "."]);
step("unit and integration tests (vitest)", process.execPath, [
  bin("vitest/vitest.mjs"),
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-reports/unit-results.json",
]);
const built = step("production build (next build)", process.execPath, [
  bin("next/dist/bin/next"),
  "build",
]);
for (const suffix of ["", "-wal", "-shm", "-journal"])
  rmSync(`${E2E_DB}${suffix}`, { force: true });
const e2eEnv = { DATABASE_URL: `file:./${E2E_DB}` };
const migrated = step(
  "e2e database: migrate",
  process.execPath,
  ["scripts/prisma.mjs", "migrate", "deploy"],
  e2eEnv,
);
const seeded =
  migrated &&
  step(
    "e2e database: seed",
    process.execPath,
    [bin("tsx/dist/cli.mjs"), "scripts/seed.ts", "--orders", "8000", "--days", "21"],
    e2eEnv,
  );
if (built && seeded) {
  step(
    "browser tests (playwright, chromium)",
    process.execPath,
    [bin("@playwright/test/cli.js"), "test"],
    {
      E2E_DATABASE_URL: `file:./${E2E_DB}`,
    },
  );
} else {
  failures.push("browser tests skipped");
}

const { passed, failed } = countResults();
console.log(`\nSteps failed: ${failures.length ? failures.join(", ") : "none"}`);
console.log(
  `${passed} passed, ${failed + (failures.length && !failed ? failures.length : 0)} failed`,
);
process.exit(failures.length ? 1 : 0);
