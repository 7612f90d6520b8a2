import "server-only";
import { createPrismaClient, type Db } from "./db-client";

const globalForDb = globalThis as unknown as { consoleDb?: Db };

/** The one Prisma client of the app process (reused across hot reloads in development). */
export const db: Db = globalForDb.consoleDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.consoleDb = db;
