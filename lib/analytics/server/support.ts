import "server-only";
import { db } from "@/lib/platform/db";
import { dayRange } from "@/lib/analytics/domain/calendar";
import { compared, ratio, type Compared } from "@/lib/analytics/domain/metrics";
import { rollupWhere, type AnalyticsScope } from "./scope";

const SUMS = {
  tickets: true,
  responded: true,
  responseSeconds: true,
  resolved: true,
  resolutionSeconds: true,
  csatSum: true,
  csatCount: true,
} as const;
type Sums = { [K in keyof typeof SUMS]: number | null };

export type SupportStats = {
  kpis: {
    tickets: Compared;
    responseMinutes: Compared;
    resolutionHours: Compared;
    csat: Compared;
  };
  days: { day: string; label: string; tickets: number }[];
  reasons: { reason: string; tickets: number }[];
};

function kpis(s: Sums) {
  return {
    tickets: s.tickets ?? 0,
    responseMinutes: ratio((s.responseSeconds ?? 0) / 60, s.responded ?? 0),
    resolutionHours: ratio((s.resolutionSeconds ?? 0) / 3600, s.resolved ?? 0),
    csat: ratio(s.csatSum ?? 0, s.csatCount ?? 0),
  };
}

/** Ticket volume, first-response and resolution times, CSAT and top reasons. */
export async function getSupportStats(scope: AnalyticsScope): Promise<SupportStats> {
  const where = rollupWhere(scope);
  const [now, before, byDay, reasons] = await Promise.all([
    db.analyticsSupportDaily.aggregate({ where, _sum: SUMS }),
    db.analyticsSupportDaily.aggregate({ where: rollupWhere(scope, scope.previous), _sum: SUMS }),
    db.analyticsSupportDaily.groupBy({ by: ["day"], where, _sum: { tickets: true } }),
    db.analyticsSupportDaily.groupBy({
      by: ["reason"],
      where,
      _sum: { tickets: true },
      orderBy: { _sum: { tickets: "desc" } },
      take: 10,
    }),
  ]);
  const a = kpis(now._sum);
  const b = kpis(before._sum);
  const perDay = new Map(byDay.map((d) => [d.day, d._sum.tickets ?? 0]));
  return {
    kpis: {
      tickets: compared(a.tickets, b.tickets),
      responseMinutes: compared(a.responseMinutes, b.responseMinutes),
      resolutionHours: compared(a.resolutionHours, b.resolutionHours),
      csat: compared(a.csat, b.csat),
    },
    days: dayRange(scope.from, scope.to).map((day) => ({
      day,
      label: day.slice(5),
      tickets: perDay.get(day) ?? 0,
    })),
    reasons: reasons.map((r) => ({ reason: r.reason, tickets: r._sum.tickets ?? 0 })),
  };
}
