// Errors that mean "the database cannot be reached right now" (server restarting, connection cut,
// pool exhausted, SQLite file locked past its timeout) rather than a bug: answered 503 so that
// clients retry, instead of a 500 that reads as a broken request.

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// node-postgres / libpq: connection exceptions (08…), shutdown and start-up (57P…).
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|database is locked|Timed out fetching a new connection/i;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** True when `error` (or one of its causes) says the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const code = fieldOf(error, "code");
  if (typeof code === "string" && (PRISMA_CODES.has(code) || PG_CODES.has(code))) return true;
  if (typeof code === "string" && NODE_CODES.has(code)) return true;
  const kind = fieldOf(fieldOf(error, "cause"), "kind") ?? fieldOf(error, "kind");
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  const message = fieldOf(error, "message");
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(fieldOf(error, "cause"), depth + 1);
}
