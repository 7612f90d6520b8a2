import { shanghaiDay } from "./daily";

const DAY_MS = 86_400_000;
/** The analytics filters accept at most a year (MAX_RANGE_DAYS 366). */
const MAX_DAYS = 365;

/**
 * Links into analytics for a campaign's period (the part already run, at most the last year):
 * the campaigns dashboard in its stores (a single store as the store filter), and the list of
 * orders that used it.
 */
export function campaignAnalyticsLinks(
  c: { id: string; startsAt: Date; endsAt: Date; storeIds: readonly string[] },
  now: Date,
): { dashboard: string; orders: string } {
  const end = new Date(Math.max(Math.min(now.getTime(), c.endsAt.getTime() - 1), 0));
  const earliest = end.getTime() - MAX_DAYS * DAY_MS;
  const start = new Date(Math.min(end.getTime(), Math.max(c.startsAt.getTime(), earliest)));
  const period = { from: shanghaiDay(start), to: shanghaiDay(end) };
  const only = c.storeIds.length === 1 ? c.storeIds[0] : undefined;
  const store: Record<string, string> = only ? { store: only } : {};
  const dashboard = new URLSearchParams({ ...period, ...store });
  const orders = new URLSearchParams({ ...period, ...store, campaign: c.id });
  return {
    dashboard: `/analytics/campaigns?${dashboard.toString()}`,
    orders: `/analytics/orders?${orders.toString()}`,
  };
}
