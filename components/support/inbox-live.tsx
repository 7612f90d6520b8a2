"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Re-renders the inbox when the event stream reports a ticket (or, with a ticket open, an
 * order) change; bursts collapse into one refresh. EventSource reconnects by itself.
 */
export function InboxLive(props: { label: string }) {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 150);
    };
    const source = new EventSource("/api/events");
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.onmessage = (message: MessageEvent<string>) => {
      if (/"topic":"(ticket\.|order\.updated)/.test(message.data)) refresh();
    };
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return (
    <span
      className={`badge ${connected ? "ok" : ""}`}
      data-testid="inbox-live"
      data-connected={connected}
    >
      {props.label}
    </span>
  );
}
