import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseKind, sqliteFilePath, DEFAULT_DATABASE_URL } from "./database-url";

export type Db = PrismaClient;
type SqlDriverAdapterFactory = NonNullable<
  NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]
>;

// WAL lets readers (the live stream, pages) run while a write commits; synchronous=NORMAL in
// WAL mode stays crash-consistent (a power cut may lose the last commits, never corrupt the
// file) and makes single-row writes ~60 % faster than the default FULL.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3(
    { url: sqliteFilePath(url), timeout: 10_000 },
    // Prisma's default is to store DateTime as text in SQLite; numbers keep range queries fast.
    { timestampFormat: "unixepoch-ms" },
  );
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return adapter;
    },
  };
}

/** Pool size per app instance on PostgreSQL (`DATABASE_POOL_SIZE`, default 10). */
function poolSize(): number {
  const n = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/**
 * Builds a Prisma client on the driver adapter that `DATABASE_URL` selects. Used by the app
 * (through `db.ts`), by scripts and by integration tests, each with its own database URL.
 * PostgreSQL gets its own generated client (same models, built from the derived Postgres
 * schema); both expose the same API, so the app is typed against one.
 */
export function createPrismaClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  if (databaseKind(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: poolSize() });
    // Bulk batches (the seed, rollups) run longer on a networked server than on a local file,
    // and bursts wait for one of the pool's connections rather than failing at once.
    const transactionOptions = { maxWait: 60_000, timeout: 60_000 };
    return new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as Db;
  }
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}
