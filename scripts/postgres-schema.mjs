// The PostgreSQL twin of prisma/schema.prisma. The SQLite schema is the one people edit; the
// Postgres one is derived from it (same models, provider swapped), for the Postgres client
// (lib/generated/prisma-pg) and for the Postgres migrations (prisma/postgres/migrations).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
/** The datamodel the committed Postgres migrations reach (updated with each new migration). */
export const POSTGRES_SNAPSHOT = "prisma/postgres/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";
/** Generated (git-ignored) copy of the current schema for Postgres, from which its client is built. */
export const POSTGRES_GENERATE_SCHEMA = "lib/generated/schema.postgres.prisma";

/** The schema text with its datasource switched to PostgreSQL and the client output set. */
export function derivePostgresSchema(sqliteText, output) {
  const swapped = sqliteText
    .replace(
      /datasource\s+db\s*\{[^}]*\}/,
      'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/placeholder"\n}',
    )
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/, `$1"${output}"`);
  return (
    "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit.\n" +
    swapped
  );
}

/** Derived schema for a file at `file`, with the Postgres client output (relative to it). */
export function postgresSchemaFor(root, file) {
  const text = readFileSync(path.join(root, SQLITE_SCHEMA), "utf8");
  const output = path.relative(
    path.dirname(path.join(root, file)),
    path.join(root, "lib/generated/prisma-pg"),
  );
  return derivePostgresSchema(text, output);
}

/** Writes the derived schema used by `prisma generate` for the Postgres client. */
export function writePostgresGenerateSchema(root) {
  const file = path.join(root, POSTGRES_GENERATE_SCHEMA);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, postgresSchemaFor(root, POSTGRES_GENERATE_SCHEMA));
  return file;
}
