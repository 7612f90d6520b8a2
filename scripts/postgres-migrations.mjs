#!/usr/bin/env node
// Keeps prisma/postgres/migrations in step with the schema, offline: the SQL is `prisma migrate
// diff` between two schema files (no database needed), from the datamodel the committed
// Postgres migrations reach (prisma/postgres/schema.prisma) to the Postgres twin of the current
// prisma/schema.prisma. `npm run db:migration` calls this for every new SQLite migration.
//   node scripts/postgres-migrations.mjs catch-up [name]   write the missing migration, if any
//   node scripts/postgres-migrations.mjs check             exit 1 when the migrations lag
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  POSTGRES_MIGRATIONS,
  POSTGRES_SNAPSHOT,
  postgresSchemaFor,
  writePostgresGenerateSchema,
} from "./postgres-schema.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/** True when the committed Postgres migrations reach the current schema. */
export function postgresMigrationsInStep() {
  const snapshot = path.join(root, POSTGRES_SNAPSHOT);
  return (
    existsSync(snapshot) &&
    readFileSync(snapshot, "utf8") === postgresSchemaFor(root, POSTGRES_SNAPSHOT)
  );
}

function diff(fromArgs, toFile) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "scripts/prisma.mjs"),
      "migrate",
      "diff",
      ...fromArgs,
      "--to-schema-datamodel",
      toFile,
      "--script",
    ],
    { encoding: "utf8", cwd: root },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed: ${result.stderr}`);
  return result.stdout.replace(/^Loaded Prisma config.*\n+/m, "");
}

/**
 * Writes prisma/postgres/migrations/<stamp>_<name>/migration.sql taking the Postgres migrations
 * to the current schema, and moves the snapshot forward. Returns the folder, or null if in step.
 */
export function catchUpPostgresMigrations(name, stamp) {
  if (postgresMigrationsInStep()) return null;
  const snapshot = path.join(root, POSTGRES_SNAPSHOT);
  const target = writePostgresGenerateSchema(root);
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = diff(from, target);
  const when = stamp ?? new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(root, POSTGRES_MIGRATIONS, `${when}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(snapshot, postgresSchemaFor(root, POSTGRES_SNAPSHOT));
  const lock = path.join(root, POSTGRES_MIGRATIONS, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  return path.relative(root, dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, rawName] = process.argv.slice(2);
  if (command === "check") {
    if (postgresMigrationsInStep()) {
      console.log("PostgreSQL migrations are in step with prisma/schema.prisma.");
    } else {
      console.error(
        "PostgreSQL migrations lag prisma/schema.prisma: run `node scripts/postgres-migrations.mjs catch-up <name>` and commit prisma/postgres/.",
      );
      process.exit(1);
    }
  } else if (command === "catch-up") {
    const name = (rawName ?? "catch_up").replace(/[^a-z0-9_]/gi, "_");
    const dir = catchUpPostgresMigrations(name);
    console.log(dir ? `Wrote ${dir}/migration.sql` : "PostgreSQL migrations already in step.");
  } else {
    console.error("usage: node scripts/postgres-migrations.mjs check | catch-up [name]");
    process.exit(2);
  }
}
