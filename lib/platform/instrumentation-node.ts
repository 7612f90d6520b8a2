import { databaseKind, sqliteFilePath } from "./database-url";
import { checkSqliteDatabase } from "./database-check";
import { guardConsole } from "./log";
import { isProductionServer, productionSecretProblem } from "./security/secrets";

/**
 * Masks personal data in every log line from here on, and refuses to serve production without
 * a proper session secret from the environment (AUTH_SECRET), before anything else runs.
 */
export function secureOnStart(): void {
  guardConsole();
  if (!isProductionServer(process.env)) return;
  const problem = productionSecretProblem(process.env);
  if (problem) {
    console.error(`\n[security] ${problem}\n`);
    process.exit(1);
  }
}

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
