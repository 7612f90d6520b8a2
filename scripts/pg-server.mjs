#!/usr/bin/env node
// A throwaway PostgreSQL server for tests, CI and benchmarks: initdb into a temporary folder,
// start on a free TCP port (as the `postgres` user when we are root, since postgres refuses to
// run as root), trust authentication on localhost only. `startPostgres()` returns its URL and
// a stop function; run as a script it starts one, prints `DATABASE_URL=...`, and stops on Ctrl-C.
import { spawnSync, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, chownSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN_DIRS = [
  process.env.PG_BIN,
  "/usr/lib/postgresql/17/bin",
  "/usr/lib/postgresql/16/bin",
  "/usr/lib/postgresql/15/bin",
].filter(Boolean);

/** Folder of the PostgreSQL server binaries, or null when none is installed. */
export function postgresBinDir() {
  return BIN_DIRS.find((dir) => existsSync(path.join(dir, "initdb"))) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(bin, args, options = {}) {
  const root = process.getuid?.() === 0;
  const command = root ? "runuser" : bin;
  const argv = root ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, argv, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/**
 * Starts a fresh PostgreSQL cluster. Options: `port` (else a free one), `dir` (data folder to
 * reuse, e.g. after a crash test killed the server). Returns { url, dataDir, port, stop, start, kill }.
 */
export async function startPostgres({ port, dir } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (set PG_BIN)");
  const chosenPort = port ?? (await freePort());
  const dataDir = dir ?? mkdtempSync(path.join(tmpdir(), "waimai-pg-"));
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataDir, uid, gid);
  }
  chmodSync(dataDir, 0o700);
  const pgdata = path.join(dataDir, "data");
  if (!existsSync(path.join(pgdata, "PG_VERSION"))) {
    asPostgres(path.join(bin, "initdb"), [
      "-D",
      pgdata,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    writeFileSync(path.join(dataDir, ".created"), "");
  }
  const log = path.join(dataDir, "server.log");
  const opts = [
    `-p ${chosenPort}`,
    "-c listen_addresses=127.0.0.1",
    `-k ${dataDir}`,
    "-c max_connections=200",
    "-c fsync=" + (process.env.PG_FSYNC ?? "on"),
    "-c shared_buffers=64MB",
  ].join(" ");
  const start = () =>
    asPostgres(path.join(bin, "pg_ctl"), ["-D", pgdata, "-l", log, "-o", opts, "-w", "start"]);
  start();
  const url = `postgresql://postgres@127.0.0.1:${chosenPort}/postgres`;
  const pidOf = () => {
    try {
      return Number(
        spawnSync("head", ["-1", path.join(pgdata, "postmaster.pid")], {
          encoding: "utf8",
        }).stdout.trim(),
      );
    } catch {
      return 0;
    }
  };
  return {
    url,
    port: chosenPort,
    dataDir,
    /** Starts the server again on the same data folder and port (after kill or stop). */
    start,
    /** kill -9 of the postmaster, as a power cut would. */
    kill: () => {
      const pid = pidOf();
      if (pid) process.kill(pid, "SIGKILL");
    },
    /** Stops the server (fast shutdown) and deletes its data unless `keep`. */
    stop: ({ keep = false } = {}) => {
      try {
        asPostgres(path.join(bin, "pg_ctl"), ["-D", pgdata, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates one more database on the server of `url`; returns its URL. */
export async function createDatabase(url, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPostgres();
  console.log(`DATABASE_URL=${server.url}`);
  console.log(`data: ${server.dataDir} (deleted on exit)`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}
