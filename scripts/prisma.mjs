#!/usr/bin/env node
// Runs the Prisma CLI offline: the native engines cannot be downloaded on our machines, so the
// CLI's start-up check is pointed at a placeholder file. The JS schema engine (prisma.config.ts)
// and the client engine with driver adapters do the real work; the placeholder is never executed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writePostgresGenerateSchema } from "./postgres-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const placeholder = join(root, "node_modules", ".cache", "prisma-engine-placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(dirname(placeholder), { recursive: true });
  writeFileSync(placeholder, "placeholder: the native Prisma engine is not used\n");
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
  PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = (args) =>
  spawnSync(
    process.execPath,
    [join(root, "node_modules", "prisma", "build", "index.js"), ...args],
    {
      stdio: "inherit",
      cwd: root,
      env,
    },
  ).status ?? 1;

const args = process.argv.slice(2);
let status = cli(args);
// `generate` builds both clients: SQLite (the schema as written) and PostgreSQL (its twin).
if (status === 0 && args[0] === "generate" && !args.some((a) => a.startsWith("--schema"))) {
  status = cli([...args, "--schema", writePostgresGenerateSchema(root)]);
}
process.exit(status);
