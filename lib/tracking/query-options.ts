import { queryOptions } from "@tanstack/react-query";
import type { TrackingView } from "./types";

// The page is pushed over its own event stream (/track/[token]/events); this short poll is
// only the fallback while that stream is down.
export const TRACKING_POLL_MS = 3_000;

export const trackingKeys = {
  all: ["tracking"] as const,
  order: (token: string) => [...trackingKeys.all, token] as const,
};

/** The tracked order; polled every few seconds only while the live stream is not connected. */
export function trackingQueryOptions(token: string, live = false) {
  return queryOptions({
    queryKey: trackingKeys.order(token),
    queryFn: async (): Promise<TrackingView> => {
      const response = await fetch(`/track/${encodeURIComponent(token)}/live`, {
        headers: { accept: "application/json" },
      });
      if (!response.ok) throw new Error(`tracking: HTTP ${response.status}`);
      return (await response.json()) as TrackingView;
    },
    refetchInterval: live ? false : TRACKING_POLL_MS,
    staleTime: 0,
  });
}

/** The SSE endpoint that pushes the tracked order's view. */
export const trackingEventsUrl = (token: string) => `/track/${encodeURIComponent(token)}/events`;
