/** URL of the order (or ticket) list behind a chart point, keeping the dashboard's filters. */
export function drillHref(
  query: Record<string, string>,
  point: Record<string, string | number | undefined>,
  list: "orders" | "tickets" = "orders",
): string {
  const params = new URLSearchParams(query);
  for (const [k, v] of Object.entries(point)) if (v !== undefined) params.set(k, String(v));
  return `/analytics/${list}?${params.toString()}`;
}

/** URL of a chart's data as CSV. */
export function csvHref(query: Record<string, string>, panel: string, chart: string): string {
  const params = new URLSearchParams(query);
  params.set("chart", chart);
  return `/api/analytics/export/${panel}?${params.toString()}`;
}
