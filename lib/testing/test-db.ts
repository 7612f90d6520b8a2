import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "@/lib/platform/db-client";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

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

export type TestDb = { db: Db; url: string; file: string; cleanup: () => Promise<void> };

/** A fresh, migrated SQLite database in a temporary folder, for one integration test file. */
export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "console-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
