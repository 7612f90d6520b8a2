/** One redemption as the results chart needs it. */
export type RedemptionFact = {
  orderId: string;
  createdAt: Date;
  discountCents: number;
  storeCostCents: number;
  platformCostCents: number;
  orderTotalCents: number;
};

/** A day of a campaign's results, in Asia/Shanghai dates. */
export type CampaignDay = {
  day: string;
  redemptions: number;
  storeCostCents: number;
  platformCostCents: number;
  /** What the customers paid for the orders that used the campaign that day. */
  revenueCents: number;
};

const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of an instant in Asia/Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}

/**
 * Redemptions per day with their cost by who bears it and the revenue of the orders that used
 * the campaign (an order counted once even with several lines of the campaign). Days without
 * redemptions between the first and the last are included as zeros, so the chart's axis is
 * continuous; at most `maxDays` (the most recent).
 */
export function dailySeries(facts: readonly RedemptionFact[], maxDays = 120): CampaignDay[] {
  const byDay = new Map<string, CampaignDay>();
  const seen = new Set<string>();
  for (const f of facts) {
    const day = shanghaiDay(f.createdAt);
    const row = byDay.get(day) ?? {
      day,
      redemptions: 0,
      storeCostCents: 0,
      platformCostCents: 0,
      revenueCents: 0,
    };
    row.redemptions += 1;
    row.storeCostCents += f.storeCostCents;
    row.platformCostCents += f.platformCostCents;
    if (!seen.has(f.orderId)) {
      seen.add(f.orderId);
      row.revenueCents += f.orderTotalCents;
    }
    byDay.set(day, row);
  }
  const days = [...byDay.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  const out: CampaignDay[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(
      byDay.get(day) ?? {
        day,
        redemptions: 0,
        storeCostCents: 0,
        platformCostCents: 0,
        revenueCents: 0,
      },
    );
  }
  return out.slice(-maxDays);
}
