import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/testing/test-db";
import { checkSqliteDatabase } from "./database-check";

const dir = mkdtempSync(path.join(tmpdir(), "db-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recordMigrations(file: string) {
  // What `prisma migrate deploy` records; applyMigrations runs the same SQL without the CLI.
  const sqlite = new Database(file);
  sqlite.exec(
    "CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY, checksum TEXT, finished_at DATETIME, migration_name TEXT, logs TEXT, rolled_back_at DATETIME, started_at DATETIME, applied_steps_count INTEGER)",
  );
  const names = readdirSync("prisma/migrations").filter((n) => /^\d{14}_/.test(n));
  for (const name of names) {
    sqlite
      .prepare("INSERT INTO _prisma_migrations VALUES (?, '', 1, ?, NULL, NULL, 1, 1)")
      .run(name, name);
  }
  sqlite.close();
}

describe("database check at start", () => {
  it("says how to create a missing database", () => {
    const result = checkSqliteDatabase(path.join(dir, "nope.db"));
    expect(result).toMatchObject({ ok: false, problem: "missing" });
    expect(!result.ok && result.message).toContain("npm start");
  });

  it("recognises a file that is not a SQLite database", () => {
    const file = path.join(dir, "garbage.db");
    writeFileSync(file, "this is not a database, just some text that happens to be here");
    const result = checkSqliteDatabase(file);
    expect(result).toMatchObject({ ok: false, problem: "not_sqlite" });
    expect(!result.ok && result.message).toMatch(/backup/);
  });

  it("recognises a damaged database with a valid header", () => {
    const file = path.join(dir, "damaged.db");
    const header = Buffer.alloc(4096, 0xab);
    header.write("SQLite format 3\u0000", 0, "latin1");
    writeFileSync(file, header);
    expect(checkSqliteDatabase(file)).toMatchObject({ ok: false, problem: "unreadable" });
  });

  it("asks for migrations on a database that lacks them, and passes a migrated one", () => {
    const file = path.join(dir, "fresh.db");
    new Database(file).exec("CREATE TABLE t (x)");
    expect(checkSqliteDatabase(file)).toMatchObject({ ok: false, problem: "unmigrated" });
    const migrated = path.join(dir, "migrated.db");
    applyMigrations(migrated);
    recordMigrations(migrated);
    expect(checkSqliteDatabase(migrated)).toMatchObject({ ok: true });
  });

  it("makes `npm start`'s preparation stop with the message instead of overwriting a corrupt file", () => {
    const file = path.join(dir, "corrupt-start.db");
    writeFileSync(file, "garbage");
    const run = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/prepare-db.ts"],
      {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${file}` },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is not a SQLite database");
  });
});
