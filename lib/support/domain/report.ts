/** One ticket as the inbox report needs it. */
export type ReportTicket = {
  createdAt: Date;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  csatScore: number | null;
  labels: string[];
  storeKey: string | null;
  agentKey: string | null;
  /** Distinct dish names of the ticket's order. */
  dishes: string[];
};

export type Quantiles = { n: number; p50: number | null; p90: number | null };
export type CsatGroup = { key: string; responses: number; average: number };
export type Ranked = { key: string; count: number };

export type InboxReport = {
  volume: number;
  perDay: { day: string; tickets: number }[];
  /** Minutes from opening to the first agent reply. */
  firstResponseMin: Quantiles;
  /** Minutes from opening to resolution. */
  resolutionMin: Quantiles;
  breaches: { firstResponse: number; resolution: number; tickets: number };
  csat: { responses: number; average: number | null };
  csatByAgent: CsatGroup[];
  csatByStore: CsatGroup[];
  topLabels: Ranked[];
  topDishes: Ranked[];
};

const LOCAL_OFFSET_MS = 8 * 3_600_000;
const MIN = 60_000;

/** Nearest-rank percentile of sorted values (null when empty). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

function quantiles(values: number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

/** The Asia/Shanghai calendar day of an instant, YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}

function rank(counts: Map<string, number>, limit: number): Ranked[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, limit);
}

function csatGroups(rows: readonly ReportTicket[], key: (r: ReportTicket) => string | null) {
  const sums = new Map<string, { n: number; sum: number }>();
  for (const r of rows) {
    const k = key(r);
    if (r.csatScore === null || k === null) continue;
    const g = sums.get(k) ?? { n: 0, sum: 0 };
    g.n += 1;
    g.sum += r.csatScore;
    sums.set(k, g);
  }
  return [...sums]
    .map(([k, g]) => ({ key: k, responses: g.n, average: g.sum / g.n }))
    .sort((a, b) => b.responses - a.responses || (a.key < b.key ? -1 : 1));
}

/**
 * The inbox report over tickets opened in a period: volume per local day, first-response and
 * resolution times (p50/p90, minutes), SLA breaches (answered or resolved after the deadline,
 * or still not by `now` past it), CSAT overall and per agent and store, top labels and dishes.
 */
export function buildInboxReport(
  rows: readonly ReportTicket[],
  days: readonly string[],
  now: Date,
): InboxReport {
  const perDay = new Map(days.map((d) => [d, 0]));
  const labels = new Map<string, number>();
  const dishes = new Map<string, number>();
  const first: number[] = [];
  const resolution: number[] = [];
  const breaches = { firstResponse: 0, resolution: 0, tickets: 0 };
  for (const r of rows) {
    const day = localDay(r.createdAt);
    if (perDay.has(day)) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (r.firstRespondedAt)
      first.push((r.firstRespondedAt.getTime() - r.createdAt.getTime()) / MIN);
    if (r.resolvedAt) resolution.push((r.resolvedAt.getTime() - r.createdAt.getTime()) / MIN);
    const frLate =
      r.firstResponseDueAt !== null && (r.firstRespondedAt ?? now) > r.firstResponseDueAt;
    const resLate = r.resolutionDueAt !== null && (r.resolvedAt ?? now) > r.resolutionDueAt;
    if (frLate) breaches.firstResponse += 1;
    if (resLate) breaches.resolution += 1;
    if (frLate || resLate) breaches.tickets += 1;
    for (const l of new Set(r.labels)) labels.set(l, (labels.get(l) ?? 0) + 1);
    for (const d of new Set(r.dishes)) dishes.set(d, (dishes.get(d) ?? 0) + 1);
  }
  const scored = rows.filter((r) => r.csatScore !== null);
  const csatSum = scored.reduce((s, r) => s + (r.csatScore ?? 0), 0);
  return {
    volume: rows.length,
    perDay: [...perDay].map(([day, tickets]) => ({ day, tickets })),
    firstResponseMin: quantiles(first),
    resolutionMin: quantiles(resolution),
    breaches,
    csat: { responses: scored.length, average: scored.length ? csatSum / scored.length : null },
    csatByAgent: csatGroups(rows, (r) => r.agentKey),
    csatByStore: csatGroups(rows, (r) => r.storeKey),
    topLabels: rank(labels, 10),
    topDishes: rank(dishes, 10),
  };
}

/** The local days from `from` to `to` inclusive (YYYY-MM-DD), at most 92. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = start; t <= end && out.length < 92; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** The UTC instants bounding local days `from`..`to` (end exclusive). */
export function localRange(from: string, to: string): { gte: Date; lt: Date } {
  return {
    gte: new Date(Date.parse(`${from}T00:00:00Z`) - LOCAL_OFFSET_MS),
    lt: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000 - LOCAL_OFFSET_MS),
  };
}
