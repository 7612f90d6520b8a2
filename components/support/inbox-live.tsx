"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useLiveStream } from "@/components/live/use-live-stream";

const INBOX_TOPICS = ["ticket.", "order.updated"];

/**
 * Re-renders the inbox when the event stream reports a ticket (or, with a ticket open, an
 * order) change; bursts collapse into one refresh. Listens on the page's shared event stream.
 */
export function InboxLive(props: { label: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  const refresh = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 150);
  }, [router]);
  const { connected } = useLiveStream(INBOX_TOPICS, refresh);
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
