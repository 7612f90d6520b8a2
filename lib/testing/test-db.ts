import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "@/lib/platform/db-client";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
/** Database on the test server holding every Postgres migration; each test file copies it. */
export const POSTGRES_TEMPLATE_DB = "waimai_test_template";

/** Applies every committed migration, in order, to a SQLite file (the same SQL `migrate deploy` runs). */
export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    const dirs = readdirSync(MIGRATIONS_DIR)
      .filter((d) => /^\d{14}_/.test(d))
      .sort();
    for (const dir of dirs) {
      sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

export type TestDb = {
  db: Db;
  url: string;
  /** The SQLite file; "" on PostgreSQL. */
  file: string;
  engine: "sqlite" | "postgresql";
  cleanup: () => Promise<void>;
};

function psql(serverUrl: string, sql: string): { ok: boolean; error: string } {
  const result = spawnSync("psql", [serverUrl, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], {
    encoding: "utf8",
  });
  return { ok: result.status === 0, error: result.stderr };
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function createPostgresTestDb(serverUrl: string): TestDb {
  const name = `test_${randomBytes(6).toString("hex")}`;
  // Copying a migrated template is ~10x faster than replaying the migrations per test file;
  // parallel copies can collide on the template ("being accessed"), so retry a few times.
  let created = psql(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE_DB}"`);
  for (
    let attempt = 0;
    !created.ok && /being accessed/.test(created.error) && attempt < 20;
    attempt++
  ) {
    spawnSync("sleep", ["0.2"]);
    created = psql(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE_DB}"`);
  }
  if (!created.ok) {
    throw new Error(
      `could not create test database on ${serverUrl}: ${created.error}(run \`node scripts/test-postgres.mjs\` to prepare the template)`,
    );
  }
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file: "",
    engine: "postgresql",
    cleanup: async () => {
      await db.$disconnect();
      psql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * A fresh, migrated database for one integration test file: a SQLite file in a temporary
 * folder, or, when `TEST_POSTGRES_URL` names a PostgreSQL server (CI's second pass), a new
 * database on it copied from the migrated template.
 */
export function createTestDb(): TestDb {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (serverUrl) return createPostgresTestDb(serverUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "console-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file,
    engine: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
