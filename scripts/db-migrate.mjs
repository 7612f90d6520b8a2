#!/usr/bin/env node
// `npm run db:migrate`: applies the committed migrations to the database `DATABASE_URL` names.
// SQLite: `prisma migrate deploy` (JS schema engine). PostgreSQL: the JS schema engine cannot
// deploy to a live Postgres, so the SQL files of prisma/postgres/migrations are applied here,
// each in its own transaction, recorded in a `_prisma_migrations` table of the same shape
// Prisma uses, under an advisory lock so instances starting together migrate once.
import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const PG_DIR = path.join(root, "prisma", "postgres", "migrations");
const LOCK_KEY = 72_707_369;

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url ?? "");
}

/** Applies the pending Postgres migrations to `url`; returns the names applied. */
export async function migratePostgres(url, { log = console.log } = {}) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = new Map(
      (
        await client.query(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      ).rows.map((r) => [r.migration_name, r.checksum]),
    );
    const dirs = existsSync(PG_DIR)
      ? readdirSync(PG_DIR)
          .filter((d) => /^\d{14}_/.test(d))
          .sort()
      : [];
    for (const dir of dirs) {
      const sql = readFileSync(path.join(PG_DIR, dir, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (done.has(dir)) {
        if (done.get(dir) !== checksum) log(`warning: ${dir} was edited after it was applied`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, dir],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${dir} failed: ${error.message}`);
      }
      applied.push(dir);
      log(`applied ${dir}`);
    }
    log(
      applied.length
        ? `${applied.length} migration(s) applied to PostgreSQL.`
        : "PostgreSQL is up to date.",
    );
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    migratePostgres(url).catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
  } else {
    const result = spawnSync(
      process.execPath,
      [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"],
      {
        stdio: "inherit",
        cwd: root,
      },
    );
    process.exit(result.status ?? 1);
  }
}
