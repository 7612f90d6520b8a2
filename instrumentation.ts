// Runs once when a server instance starts: refuse to serve on a database that is missing,
// damaged or behind the committed migrations, with a message that says what to do.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { databaseKind, sqliteFilePath } = await import("./lib/platform/database-url");
  if (databaseKind() !== "sqlite") return;
  const { checkSqliteDatabase } = await import("./lib/platform/database-check");
  const result = checkSqliteDatabase(sqliteFilePath());
  if (!result.ok) {
    console.error(`\n[database] ${result.message}\n`);
    process.exit(1);
  }
}
