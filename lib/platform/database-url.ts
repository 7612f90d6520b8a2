import path from "node:path";

/** The default embedded database, relative to the project root; `data/` is git-ignored. */
export const DEFAULT_DATABASE_URL = "file:./data/console.db";

export type DatabaseKind = "sqlite" | "postgresql";

/** Which engine `DATABASE_URL` selects: a postgres URL selects PostgreSQL, anything else SQLite. */
export function databaseKind(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** Absolute path of the SQLite file named by `DATABASE_URL` (relative paths are from the project root). */
export function sqliteFilePath(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  const raw = url.replace(/^file:/, "");
  return path.isAbsolute(raw) ? raw : path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

/** `file:` URL with an absolute path, as the libsql adapter wants it. */
export function sqliteFileUrl(url?: string): string {
  return `file:${sqliteFilePath(url)}`;
}
