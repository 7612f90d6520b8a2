import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { sqliteFileUrl } from "./lib/platform/database-url";

// The JS schema engine with the libsql adapter: the only combination that applies and diffs
// migrations offline (see README, "Database").
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaLibSQL({ url: sqliteFileUrl() }),
});
