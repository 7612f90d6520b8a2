// Entry of `npm run analytics:rebuild`.
import { rebuildCli } from "./cli";

process.exitCode = await rebuildCli();
