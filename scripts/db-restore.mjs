#!/usr/bin/env node
// `npm run db:restore -- <file>`: replaces the database `DATABASE_URL` names with a backup made
// by `npm run db:backup`. Stop the app instances first. SQLite: the backup is copied in with
// the backup API (the old -wal/-shm files are removed first, so no stale log is replayed).
// PostgreSQL: `pg_restore --clean --if-exists` in a single transaction.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { DEFAULT_URL, isPostgresUrl, pgTool, sqlitePath } from "./db-backup.mjs";

/** Restores `file` into the database of `url`. */
export async function restoreDatabase(url, file) {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  if (isPostgresUrl(url)) {
    const result = spawnSync(
      pgTool("pg_restore"),
      ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, file],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`pg_restore failed: ${result.stderr}`);
    return;
  }
  const target = sqlitePath(url);
  const { default: Database } = await import("better-sqlite3");
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`backup ${file} is damaged: ${check}`);
    for (const suffix of ["-wal", "-shm", "-journal"])
      rmSync(`${target}${suffix}`, { force: true });
    await backup.backup(target);
  } finally {
    backup.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run db:restore -- <backup file>");
    process.exit(2);
  }
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  restoreDatabase(url, file)
    .then(() =>
      console.log(`Restored ${file} into ${isPostgresUrl(url) ? "PostgreSQL" : sqlitePath(url)}`),
    )
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
