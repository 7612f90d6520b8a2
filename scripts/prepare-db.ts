// Brings the configured database up to date: checks the file, applies committed migrations,
// and seeds the demo business when the database is empty. Run by `npm start`.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseKind, sqliteFilePath } from "@/lib/platform/database-url";
import { checkSqliteDatabase } from "@/lib/platform/database-check";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (databaseKind() === "sqlite") {
  const file = sqliteFilePath();
  mkdirSync(path.dirname(file), { recursive: true });
  const before = checkSqliteDatabase(file);
  if (!before.ok && (before.problem === "not_sqlite" || before.problem === "unreadable")) {
    console.error(`\n[database] ${before.message}\n`);
    process.exit(1);
  }
  if (!before.ok && before.problem === "missing") {
    console.log(`[database] creating ${file}`);
  }
} else {
  console.log("[database] PostgreSQL selected by DATABASE_URL");
}
run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed.ts", "--if-empty"]);
