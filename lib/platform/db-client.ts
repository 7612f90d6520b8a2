import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseKind, sqliteFilePath, DEFAULT_DATABASE_URL } from "./database-url";

export type Db = PrismaClient;

/**
 * Builds a Prisma client on the driver adapter that `DATABASE_URL` selects. Used by the app
 * (through `db.ts`), by scripts and by integration tests, each with its own database URL.
 */
export function createPrismaClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  if (databaseKind(url) === "postgresql") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  }
  const adapter = new PrismaBetterSQLite3(
    { url: sqliteFilePath(url) },
    // Prisma's default is to store DateTime as text in SQLite; numbers keep range queries fast.
    { timestampFormat: "unixepoch-ms" },
  );
  return new PrismaClient({ adapter });
}
