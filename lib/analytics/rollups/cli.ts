// `npm run analytics:rebuild`: recomputes every rollup from raw rows (after a migration, or to
// repair), and `seedRollups` for the seed script. Runs outside Next, hence no "server-only".
import { createPrismaClient, type Db } from "@/lib/platform/db-client";
import { WATERMARK, rebuildRollups } from "./refresh";

/** After a seed: rebuilds when the data was replaced or rollups were never built. */
export async function seedRollups(argv: readonly string[]): Promise<void> {
  const db: Db = createPrismaClient();
  try {
    const mark = await db.analyticsWatermark.findUnique({ where: { name: WATERMARK } });
    if (mark !== null && !argv.includes("--reset")) return;
    const started = Date.now();
    await rebuildRollups(db, new Date(), (m) => console.log(`  ${m}`));
    console.log(`Analytics rollups built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
  }
}

/** Full rebuild of the configured database's rollups. */
export async function rebuildCli(): Promise<number> {
  const db: Db = createPrismaClient();
  try {
    const started = Date.now();
    await rebuildRollups(db, new Date(), (m) => console.log(m));
    console.log(`Rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
