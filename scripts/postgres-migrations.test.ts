import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresMigrationsInStep } from "./postgres-migrations.mjs";
import { derivePostgresSchema, POSTGRES_SNAPSHOT, SQLITE_SCHEMA } from "./postgres-schema.mjs";

describe("PostgreSQL migrations", () => {
  it("reach the current prisma/schema.prisma (else run `node scripts/postgres-migrations.mjs catch-up <name>`)", () => {
    expect(postgresMigrationsInStep()).toBe(true);
  });

  it("derive the Postgres twin by swapping only the datasource and client output", () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");
    const twin = derivePostgresSchema(sqlite, "../x");
    expect(twin).toContain('provider = "postgresql"');
    expect(twin).not.toContain('provider = "sqlite"');
    expect(twin).toContain('output     = "../x"');
    // a model added to the SQLite schema shows up as lag against the committed snapshot
    const snapshot = readFileSync(POSTGRES_SNAPSHOT, "utf8");
    const grown = derivePostgresSchema(
      `${sqlite}\nmodel Lag { id Int @id }\n`,
      "../../lib/generated/prisma-pg",
    );
    expect(grown).not.toBe(snapshot);
  });
});
