// The crash bench's audit: what each Idempotency-Key got, against the orders in the database.

/** One request key: its first answer during the crashes and its answer on retry. */
export type KeyOutcome = {
  first: number | "network";
  /** The order id of a 201 during the run (the client's acknowledgement). */
  ackedId?: string;
  retry?: number | "network";
  retryId?: string;
  /** The problem detail of the last retry's answer, when it was one. */
  retryDetail?: string;
};

export type CrashAudit = {
  keys: number;
  acknowledged: number;
  /** Acknowledged with 201, but no order in the database. */
  lost: number;
  /** Keys with more than one order. */
  duplicated: number;
  /** Acknowledged keys whose retry returned another order (or none). */
  ackedRetryMismatch: number;
  /** Failed keys (cut connection, 5xx) whose first attempt had committed an order. */
  failedButCommitted: number;
  /** ...of which the retry returned that same order. */
  failedRetryReturnedOriginal: number;
  /** Failed keys with no order before retry that the retry placed (once). */
  failedRetryPlaced: number;
  /** Keys still without a decisive answer after retrying. */
  unresolved: number;
  ok: boolean;
};

/** Compares every key's answers with the orders before and after the retry phase. */
export function auditOrders(
  outcomes: Map<string, KeyOutcome>,
  before: Map<string, string[]>,
  after: Map<string, string[]>,
): CrashAudit {
  const a = {
    keys: outcomes.size,
    acknowledged: 0,
    lost: 0,
    duplicated: 0,
    ackedRetryMismatch: 0,
    failedButCommitted: 0,
    failedRetryReturnedOriginal: 0,
    failedRetryPlaced: 0,
    unresolved: 0,
  };
  for (const ids of after.values()) if (ids.length > 1) a.duplicated++;
  for (const [key, o] of outcomes) {
    const stored = after.get(key) ?? [];
    const decided = o.retry !== undefined && o.retry !== "network" && o.retry < 500;
    if (!decided || o.retry === 409) a.unresolved++;
    if (o.ackedId) {
      a.acknowledged++;
      if (!stored.includes(o.ackedId)) a.lost++;
      if (o.retryId !== o.ackedId) a.ackedRetryMismatch++;
      continue;
    }
    if (o.first !== "network" && o.first < 500) continue; // a 4xx answer: nothing to retry
    const committed = before.get(key) ?? [];
    if (committed.length > 0) {
      a.failedButCommitted++;
      if (o.retryId && committed.includes(o.retryId)) a.failedRetryReturnedOriginal++;
    } else if (o.retry === 201 && stored.length === 1) {
      a.failedRetryPlaced++;
    }
  }
  const ok =
    a.lost === 0 &&
    a.duplicated === 0 &&
    a.ackedRetryMismatch === 0 &&
    a.unresolved === 0 &&
    a.failedRetryReturnedOriginal === a.failedButCommitted;
  return { ...a, ok };
}

export function printCrashReport(
  counts: { sent: number; ok: number; s5xx: number; s4xx: number; network: number },
  a: CrashAudit,
): void {
  const rows: [string, string | number][] = [
    ["requests sent (incl. retries)", counts.sent],
    [
      "answers 2xx / 4xx / 5xx / cut",
      `${counts.ok} / ${counts.s4xx} / ${counts.s5xx} / ${counts.network}`,
    ],
    ["idempotency keys", a.keys],
    ["acknowledged (201 during the run)", a.acknowledged],
    ["lost (acknowledged, not stored)", a.lost],
    ["duplicated (keys with >1 order)", a.duplicated],
    ["acknowledged, retry returned another order", a.ackedRetryMismatch],
    ["failed but committed before the crash", a.failedButCommitted],
    ["  … retry returned that original order", a.failedRetryReturnedOriginal],
    ["failed, placed once by the retry", a.failedRetryPlaced],
    ["unresolved after retrying (409/5xx/cut)", a.unresolved],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(
    "\nbench/crash (2 instances on PostgreSQL; kill -9 of an instance and of the DB server)",
  );
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  console.log(`  ${"result".padEnd(w)}  ${a.ok ? "PASS" : "FAIL"}`);
}
