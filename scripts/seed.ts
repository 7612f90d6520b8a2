// `npm run db:seed [-- --reset | --if-empty] [--orders N] [--days D] [--seed S] [--exact-now]`.
// The logic lives in lib/seed; this file only runs it.
import { runSeedCli } from "@/lib/seed/cli";

import { seedRollups } from "@/lib/analytics/rollups/cli";

process.exitCode = await runSeedCli(process.argv.slice(2));
// The dashboards read rollups: build them for the data just seeded.
if (process.exitCode === 0) await seedRollups(process.argv.slice(2));
