import type { DatabaseKind } from "./database-url";

/**
 * Which engine a Prisma client (or one of its transaction clients) runs on. The app is typed
 * against the SQLite client, so the engine is read from the client itself, not from
 * `DATABASE_URL` (integration tests give each file its own database on either engine).
 */
export function engineOf(db: object): DatabaseKind {
  const provider = (db as { _activeProvider?: unknown })._activeProvider;
  return provider === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * A case-insensitive "contains" filter on both engines: SQLite's LIKE already ignores the case
 * of ASCII letters, PostgreSQL's LIKE does not unless the filter says `mode: "insensitive"`
 * (ILIKE), an option the SQLite client's types do not have.
 */
export function containsText(engine: DatabaseKind, text: string): { contains: string } {
  if (engine === "sqlite") return { contains: text };
  return { contains: text, mode: "insensitive" } as { contains: string };
}
