import { createPrismaClient } from "@/lib/platform/db-client";
import { DEFAULT_DATABASE_URL } from "@/lib/platform/database-url";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import {
  DEFAULT_SEED_OPTIONS,
  demoApiKey,
  isDatabaseEmpty,
  resetDatabase,
  seedDemo,
} from "./index";

export type SeedArgs = {
  reset: boolean;
  ifEmpty: boolean;
  exactNow: boolean;
  orders: number;
  days: number;
  seed: number;
};

/**
 * Parses `--reset --if-empty --orders N --days D --seed S` (also `--orders=N`), and
 * `--exact-now` (anchor on this minute rather than the start of the hour: fresher live board,
 * not reproducible).
 */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { reset: false, ifEmpty: false, exactNow: false, ...DEFAULT_SEED_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? "";
    const [flag, inline] = raw.includes("=") ? raw.split("=", 2) : [raw, undefined];
    const value = (): number => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0)
        throw new Error(`${flag} needs a non-negative integer`);
      return n;
    };
    if (flag === "--reset") args.reset = true;
    else if (flag === "--if-empty") args.ifEmpty = true;
    else if (flag === "--exact-now") args.exactNow = true;
    else if (flag === "--orders") args.orders = value();
    else if (flag === "--days") args.days = Math.max(1, value());
    else if (flag === "--seed") args.seed = value();
    else
      throw new Error(
        `unknown option ${raw} (use --reset, --if-empty, --orders N, --days D, --seed S, --exact-now)`,
      );
  }
  return args;
}

/** The `npm run db:seed` entry; returns the process exit code. */
export async function runSeedCli(argv: readonly string[]): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(argv);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const db = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(db))) {
      if (args.ifEmpty) {
        console.log("Database already has data; not seeding");
        return 0;
      }
      if (!args.reset) {
        console.error(
          "The database already has data. Run `npm run db:seed -- --reset` to delete everything and seed again.",
        );
        return 1;
      }
      console.log("Deleting existing data…");
      await resetDatabase(db);
    }
    const started = Date.now();
    console.log(`Seeding ${args.orders} orders over ${args.days} days (seed ${args.seed})…`);
    const counts = await seedDemo(db, {
      ...args,
      databaseUrl: url,
      log: (m) => console.log(`  ${m}`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log("\nRows per table:");
    for (const [table, n] of Object.entries(counts)) {
      if (n > 0) console.log(`  ${table.padEnd(20)} ${String(n).padStart(9)}`);
    }
    console.log(`\nSeeded in ${seconds} s.`);
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const l of DEMO_LOGINS) {
      const scope = l.storeCodes.length > 0 ? ` (${l.storeCodes.join(", ")})` : "";
      console.log(`  ${l.email.padEnd(24)} ${l.role}${scope}`);
    }
    console.log(`\nS01 STOREFRONT API key: ${demoApiKey(args.seed, "S01", "STOREFRONT")}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
