import { queryOptions } from "@tanstack/react-query";
import type { TrackingView } from "./types";

// Public page: no event stream for anonymous visitors, a short poll is enough for one order.
export const TRACKING_POLL_MS = 3_000;

export const trackingKeys = {
  all: ["tracking"] as const,
  order: (token: string) => [...trackingKeys.all, token] as const,
};

/** The tracked order, refreshed every few seconds. */
export function trackingQueryOptions(token: string) {
  return queryOptions({
    queryKey: trackingKeys.order(token),
    queryFn: async (): Promise<TrackingView> => {
      const response = await fetch(`/track/${encodeURIComponent(token)}/live`, {
        headers: { accept: "application/json" },
      });
      if (!response.ok) throw new Error(`tracking: HTTP ${response.status}`);
      return (await response.json()) as TrackingView;
    },
    refetchInterval: TRACKING_POLL_MS,
    staleTime: 0,
  });
}
