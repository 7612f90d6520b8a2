import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { addDays, daysBetween, dayKey } from "@/lib/analytics/domain/calendar";
import { ALL } from "@/lib/analytics/domain/grouping-sets";
import { analyticsFilterSchema, MAX_RANGE_DAYS } from "@/lib/analytics/schemas";

const DEFAULT_DAYS = 14;

/** A validated, tenancy-checked filter: what every rollup query takes. */
export type AnalyticsScope = {
  from: string;
  to: string;
  days: number;
  /** null: every store (only for unscoped roles). */
  storeIds: string[] | null;
  zoneId?: string;
  channel?: string;
  /** The period of the same length just before, for comparisons. */
  previous: { from: string; to: string };
};

/**
 * Parses URL filters for an actor: bad dates, inverted or huge ranges and stores or zones that
 * do not exist (or that the actor may not see: they read alike) are AppErrors with field
 * errors, never silently widened.
 */
export async function resolveScope(
  actor: Actor,
  input: Record<string, string | undefined>,
  today = dayKey(new Date()),
): Promise<AnalyticsScope> {
  const parsed = analyticsFilterSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error);
  const f = parsed.data;
  const to = f.to ?? today;
  const from = f.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  const days = daysBetween(from, to);
  if (days < 1) fieldError("from", "The start date must be on or before the end date.");
  if (days > MAX_RANGE_DAYS) fieldError("from", `Choose at most ${MAX_RANGE_DAYS} days.`);
  let storeIds = actor.storeIds;
  if (f.store !== undefined) {
    const allowed = actor.storeIds === null || actor.storeIds.includes(f.store);
    const exists = allowed && (await db.store.count({ where: { id: f.store } })) > 0;
    if (!exists) fieldError("store", "Unknown store.");
    storeIds = [f.store];
  }
  if (f.zone !== undefined && (await db.zone.count({ where: { id: f.zone } })) === 0) {
    fieldError("zone", "Unknown zone.");
  }
  return {
    from,
    to,
    days,
    storeIds,
    ...(f.zone ? { zoneId: f.zone } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

// Not guard.ts's zodFieldErrors: that module pulls in Next request APIs, and the benchmark
// runs these queries outside Next.
function invalid(error: z.ZodError): never {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError("validation", "Some filters need attention.", { fields });
}

function fieldError(field: string, message: string): never {
  throw new AppError("validation", message, { fields: { [field]: [message] } });
}

/**
 * The `where` for rollups kept in grouping sets (zone and channel: hourly, daily, dishes,
 * couriers; store "*" rows: hourly, daily, couriers): pins each dimension to the filter's value
 * or to the "*" total row, so a query reads exactly one grouping set. "each" reads the detailed
 * rows of a dimension instead (a breakdown by zone or by store). Zone and channel are always
 * pinned unless set to "each"; `store: true` only for tables with every-store rows.
 */
export function cubeWhere(
  scope: AnalyticsScope,
  period: { from: string; to: string } = scope,
  dims: { store?: Dim; zone?: true | "each"; channel?: true } = { store: true },
) {
  const pin = (dim: Dim | undefined, value: string | undefined) =>
    dim === "each" ? (value ?? { not: ALL }) : (value ?? ALL);
  const stores = scope.storeIds ? { in: scope.storeIds } : undefined;
  return {
    channel: pin(true, scope.channel),
    zoneId: pin(dims.zone ?? true, scope.zoneId),
    day: { gte: period.from, lte: period.to },
    // A store-scoped actor always reads its own store rows; "*" is the every-store total.
    ...(stores ? { storeId: stores } : dims.store ? { storeId: pin(dims.store, undefined) } : {}),
  };
}

type Dim = boolean | "each";

/** The `where` for rollups without grouping sets (filters apply only when given). */
export function rollupWhere(
  scope: AnalyticsScope,
  period: { from: string; to: string } = scope,
  dims: { zone?: boolean; channel?: boolean } = { zone: true, channel: true },
) {
  return {
    day: { gte: period.from, lte: period.to },
    ...(scope.storeIds ? { storeId: { in: scope.storeIds } } : {}),
    ...(dims.zone && scope.zoneId ? { zoneId: scope.zoneId } : {}),
    ...(dims.channel && scope.channel ? { channel: scope.channel } : {}),
  };
}
