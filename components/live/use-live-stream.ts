"use client";

import { useEffect, useRef, useState } from "react";
import { createLiveHub, type LiveHub, type LiveMessage } from "@/lib/live/client-hub";

let pageHub: LiveHub | null = null;

/** The page's one live connection (created on first use; opens with its first subscriber). */
function liveHub(): LiveHub {
  pageHub ??= createLiveHub((url) => new EventSource(url));
  return pageHub;
}

/**
 * Subscribes a view to event types of the page's shared event stream (`order.` = every order
 * topic, `*` = all). `onOpen` runs each time the stream (re)opens, so a view can refetch what
 * changed while it was down; `connected` tells views to fall back to polling meanwhile.
 * EventSource reconnects by itself and sends Last-Event-ID, so missed events are replayed.
 */
export function useLiveStream(
  topics: readonly string[],
  onEvent: (event: LiveMessage) => void,
  onOpen?: () => void,
): { connected: boolean } {
  const [connected, setConnected] = useState(false);
  const handlers = useRef({ onEvent, onOpen });
  useEffect(() => {
    handlers.current = { onEvent, onOpen };
  }, [onEvent, onOpen]);
  const key = topics.join(" ");
  useEffect(() => {
    const hub = liveHub();
    const offStatus = hub.onStatus((open) => {
      setConnected(open);
      if (open) handlers.current.onOpen?.();
    });
    const off = hub.subscribe(key.split(" "), (event) => handlers.current.onEvent(event));
    // Joining a stream another view already opened: no open event will come.
    if (hub.connected()) queueMicrotask(() => setConnected(hub.connected()));
    return () => {
      offStatus();
      off();
    };
  }, [key]);
  return { connected };
}
