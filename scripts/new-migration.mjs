#!/usr/bin/env node
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the committed
// migrations to the current schema (`prisma migrate dev` is unreliable with the JS schema engine),
// and prisma/postgres/migrations/<same>/migration.sql for PostgreSQL (scripts/postgres-migrations.mjs).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catchUpPostgresMigrations } from "./postgres-migrations.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const dir = "prisma/migrations";
// The committed migrations reach the committed schema (every schema commit carries its
// migration), so the diff runs between two schema files: HEAD's and the working one.
// (`--from-migrations` would need a shadow database, which the JS schema engine lacks.)
const committed = spawnSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
let from = ["--from-empty"];
if (committed.status === 0 && existsSync(dir) && readdirSync(dir).some((d) => /^\d{14}_/.test(d))) {
  const tmp = mkdtempSync(join(tmpdir(), "waimai-schema-"));
  writeFileSync(join(tmp, "schema.prisma"), committed.stdout);
  from = ["--from-schema-datamodel", join(tmp, "schema.prisma")];
}
const diff = spawnSync(
  process.execPath,
  [
    "scripts/prisma.mjs",
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  process.stderr.write(diff.stderr);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.replace(/^Loaded Prisma config.*\n+/m, "");
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("Schema and migrations already agree; nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = join(dir, `${stamp}_${name}`);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, "migration.sql"), sql);
if (!existsSync(join(dir, "migration_lock.toml"))) {
  writeFileSync(join(dir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
console.log(`Wrote ${target}/migration.sql`);
// The PostgreSQL twin, same stamp and name (commit prisma/postgres/ along with it).
const pgTarget = catchUpPostgresMigrations(name, stamp);
if (pgTarget) console.log(`Wrote ${pgTarget}/migration.sql and prisma/postgres/schema.prisma`);
