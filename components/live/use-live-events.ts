"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { orderKeys } from "@/lib/orders/query-options";
import type { LiveEventData, LiveMessage } from "@/lib/live/client-hub";
import { useLiveStream } from "./use-live-stream";

export type { LiveEventData } from "@/lib/live/client-hub";

/**
 * Refreshes the order queries when an order event arrives on the page's shared event stream
 * (and once each time the stream reopens); `connected` tells views to fall back to polling
 * while the stream is down. `onEvent` also sees every event (views that are not query-cache
 * based react to them).
 */
export function useLiveEvents(onEvent?: (event: LiveEventData) => void): { connected: boolean } {
  const queryClient = useQueryClient();
  const listener = useRef(onEvent);
  useEffect(() => {
    listener.current = onEvent;
  }, [onEvent]);
  // a burst of events (a rush, a catch-up after reconnect) becomes one refetch
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  const refresh = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    }, 100);
  }, [queryClient]);
  const handle = useCallback(
    (event: LiveMessage) => {
      if (event.topic.startsWith("order.")) refresh();
      listener.current?.(event);
    },
    [refresh],
  );
  return useLiveStream(["*"], handle, refresh);
}
