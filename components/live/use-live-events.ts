"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { orderKeys } from "@/lib/orders/query-options";

/** What the event stream sends in each message's data. */
export type LiveEventData = { topic: string; storeId: string | null; payload: unknown };

function parse(text: string): LiveEventData | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "topic" in value) {
      return value as LiveEventData;
    }
  } catch {
    // a malformed message is ignored; the next one or the fallback poll still refreshes
  }
  return null;
}

/**
 * Opens the one EventSource of the page and refreshes the order queries when an order event
 * arrives. EventSource reconnects by itself and sends Last-Event-ID, so missed events are
 * replayed; `connected` tells views to fall back to polling while the stream is down.
 */
export function useLiveEvents(): { connected: boolean } {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    // a burst of events (a rush, a catch-up after reconnect) becomes one refetch
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: orderKeys.all });
      }, 100);
    };
    const source = new EventSource("/api/events");
    source.onopen = () => {
      setConnected(true);
      // anything that changed while the stream was down is refetched once
      refresh();
    };
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = parse(message.data);
      if (event?.topic.startsWith("order.")) refresh();
    };
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);
  return { connected };
}
