import { databaseKind, sqliteFilePath } from "./database-url";
import { checkSqliteDatabase } from "./database-check";

/**
 * Refuses to serve on a database that is missing, damaged or behind the committed migrations,
 * with a message that says what to do, instead of failing on the first request.
 */
export function checkDatabaseOnStart(): void {
  if (databaseKind() !== "sqlite") return;
  const result = checkSqliteDatabase(sqliteFilePath());
  if (!result.ok) {
    console.error(`\n[database] ${result.message}\n`);
    process.exit(1);
  }
}
