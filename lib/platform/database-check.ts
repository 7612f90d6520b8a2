import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type DatabaseCheck =
  | { ok: true; appliedMigrations: number }
  | { ok: false; problem: "missing" | "not_sqlite" | "unreadable" | "unmigrated"; message: string };

const HEADER = "SQLite format 3\u0000";

function committedMigrations(root: string): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return existsSync(dir) ? readdirSync(dir).filter((d) => /^\d{14}_/.test(d)) : [];
}

/**
 * Checks that the SQLite file exists, is a SQLite database, can be read, and has every
 * committed migration applied. Each failure comes with what to do about it.
 */
export function checkSqliteDatabase(file: string, root = process.cwd()): DatabaseCheck {
  if (!existsSync(file) || statSync(file).size === 0) {
    return {
      ok: false,
      problem: "missing",
      message: `No database at ${file}. Run \`npm start\` (creates, migrates and seeds it) or \`npm run db:migrate && npm run db:seed\`.`,
    };
  }
  const fd = openSync(file, "r");
  const header = Buffer.alloc(16);
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") !== HEADER) {
    return {
      ok: false,
      problem: "not_sqlite",
      message: `${file} is not a SQLite database (damaged or a different file). Restore it from a backup, or move it away and run \`npm start\` to create a fresh demo database.`,
    };
  }
  let applied: string[];
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const table = sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'")
        .get();
      applied = table
        ? sqlite
            .prepare(
              "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
            )
            .all()
            .map((row) => String((row as { name: unknown }).name))
        : [];
      sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
    } finally {
      sqlite.close();
    }
  } catch (error) {
    return {
      ok: false,
      problem: "unreadable",
      message: `${file} cannot be read (${(error as Error).message}). It may be damaged: restore it from a backup, or move it away and run \`npm start\` to create a fresh demo database.`,
    };
  }
  const pending = committedMigrations(root).filter((m) => !applied.includes(m));
  if (pending.length > 0) {
    return {
      ok: false,
      problem: "unmigrated",
      message: `${file} lacks ${pending.length} migration(s) (${pending.join(", ")}). Run \`npm run db:migrate\`.`,
    };
  }
  return { ok: true, appliedMigrations: applied.length };
}
