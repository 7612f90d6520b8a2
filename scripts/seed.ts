// `npm run db:seed [-- --reset | --if-empty] [--orders N] [--days D] [--seed S] [--exact-now]`.
// The logic lives in lib/seed; this file only runs it.
import { runSeedCli } from "@/lib/seed/cli";

process.exitCode = await runSeedCli(process.argv.slice(2));
