import { queryOptions } from "@tanstack/react-query";
import type { DispatchMapData, OrderAssignmentView } from "./types";

/** Query keys of the dispatch map; invalidate `dispatchKeys.all` to refresh every view. */
export const dispatchKeys = {
  all: ["dispatch"] as const,
  map: () => [...dispatchKeys.all, "map"] as const,
  assignments: (orderId: string) => [...dispatchKeys.all, "assignments", orderId] as const,
};

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The whole map (filters apply on the client, so switching them needs no round trip). */
export function dispatchMapQueryOptions() {
  return queryOptions({
    queryKey: dispatchKeys.map(),
    queryFn: () => getJson<DispatchMapData>("/api/dispatch/map"),
  });
}

/** An order's assignments with the why-this-courier explanations. */
export function assignmentsQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: dispatchKeys.assignments(orderId),
    queryFn: () =>
      getJson<OrderAssignmentView[]>(
        `/api/dispatch/orders/${encodeURIComponent(orderId)}/assignments`,
      ),
  });
}
