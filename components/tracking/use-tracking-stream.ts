"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { trackingEventsUrl, trackingKeys } from "@/lib/tracking/query-options";
import type { TrackingView } from "@/lib/tracking/types";

function parseView(text: string): TrackingView | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "code" in value && "status" in value) {
      return value as TrackingView;
    }
  } catch {
    // a malformed message is ignored; the next one, or a refetch on reconnect, catches up
  }
  return null;
}

/**
 * Subscribes the tracking page to its order's event stream: each `view` message replaces the
 * cached view (agent replies, ticket status, refunds, order status and ETA, courier position).
 * Returns whether the stream is open; while it is not, the query polls instead. EventSource
 * reconnects by itself, and every (re)connect refetches once what may have been missed.
 */
export function useTrackingStream(token: string): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const key = trackingKeys.order(token);
    const source = new EventSource(trackingEventsUrl(token));
    source.onopen = () => {
      setLive(true);
      void queryClient.invalidateQueries({ queryKey: key });
    };
    source.onerror = () => setLive(source.readyState === EventSource.OPEN);
    source.addEventListener("view", (message: MessageEvent<string>) => {
      const view = parseView(message.data);
      if (view) queryClient.setQueryData(key, view);
    });
    return () => source.close();
  }, [token, queryClient]);
  return live;
}
