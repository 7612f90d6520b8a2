#!/usr/bin/env node
// Prepares a PostgreSQL server for the integration tests: (re)creates the template database
// that every test file copies (lib/testing/test-db.ts), migrated to the committed Postgres
// migrations. Usage: TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres node scripts/test-postgres.mjs
import { migratePostgres } from "./db-migrate.mjs";

const TEMPLATE = "waimai_test_template";

/** Drops and recreates the migrated template database on the server of `serverUrl`. */
export async function prepareTestTemplate(serverUrl) {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${TEMPLATE}`;
  await migratePostgres(url.toString(), { log: () => {} });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) {
    console.error("set TEST_POSTGRES_URL to a PostgreSQL server URL");
    process.exit(2);
  }
  await prepareTestTemplate(serverUrl);
  console.log(`template database ${TEMPLATE} ready on ${serverUrl}`);
}
