#!/usr/bin/env node
// `npm run db:backup [file]`: a consistent backup of the database `DATABASE_URL` names, while
// the app keeps running. SQLite: `VACUUM INTO` (a compact copy of one committed state, WAL
// included) into a .db file. PostgreSQL: `pg_dump --format=custom`, which reads
// one snapshot. Default file: backups/<engine>-<UTC stamp>.(db|dump). Restore: db-restore.mjs.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_URL = "file:./data/console.db";

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url ?? "");
}

/** Path of a SQLite `file:` URL, relative paths from the project root. */
export function sqlitePath(url) {
  const raw = url.replace(/^file:/, "");
  return path.isAbsolute(raw) ? raw : path.resolve(root, raw);
}

/** A PostgreSQL client tool (pg_dump, pg_restore) matching the server binaries when present. */
export function pgTool(name) {
  for (const dir of [
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
  ]) {
    const candidate = path.join(dir, name);
    try {
      statSync(candidate);
      return candidate;
    } catch {
      // try the next version
    }
  }
  return name;
}

/** Writes a consistent backup of `url` to `file`; returns { file, bytes }. */
export async function backupDatabase(url, file) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (isPostgresUrl(url)) {
    const result = spawnSync(
      pgTool("pg_dump"),
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`pg_dump failed: ${result.stderr}`);
  } else {
    const { default: Database } = await import("better-sqlite3");
    // VACUUM INTO copies one read snapshot in a single statement; the page-by-page backup API
    // restarts whenever another connection writes, so it may never finish under load.
    rmSync(file, { force: true });
    const source = new Database(sqlitePath(url), { fileMustExist: true });
    try {
      source.prepare("VACUUM INTO ?").run(path.resolve(file));
    } finally {
      source.close();
    }
  }
  return { file, bytes: statSync(file).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const pg = isPostgresUrl(url);
  const file =
    process.argv[2] ??
    path.join("backups", `${pg ? "postgresql" : "sqlite"}-${stamp}.${pg ? "dump" : "db"}`);
  backupDatabase(url, file)
    .then(({ bytes }) => console.log(`Backup written: ${file} (${(bytes / 1e6).toFixed(1)} MB)`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
