/**
 * The browser side of the live event stream: one EventSource per page, shared by every view
 * that listens (order board, low-stock toast, dispatch map, inbox, peaks), each subscribing to
 * the event types it cares about. Plain TypeScript (no React), so the logic is unit-tested.
 */

/** What the event stream sends in each message's data. */
export type LiveEventData = { topic: string; storeId: string | null; payload: unknown };
/** An event as subscribers get it: its data plus the SSE id (unique per event). */
export type LiveMessage = LiveEventData & { id: string };

/** The part of the browser's EventSource the hub uses (a fake one in tests). */
export type LiveSource = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent<string>) => void) | null;
  close(): void;
};

export type LiveHub = {
  /** Calls `handler` for events whose topic matches a pattern; returns the unsubscribe. */
  subscribe(
    patterns: string | readonly string[],
    handler: (event: LiveMessage) => void,
  ): () => void;
  /** Calls `listener` when the stream opens (again) or drops; returns the unsubscribe. */
  onStatus(listener: (connected: boolean) => void): () => void;
  connected(): boolean;
};

const OPEN = 1;

/** `*` matches every topic, `order.` every topic starting so, anything else one topic. */
export function topicMatches(pattern: string, topic: string): boolean {
  if (pattern === "*") return true;
  return pattern.endsWith(".") ? topic.startsWith(pattern) : pattern === topic;
}

function parse(text: string): LiveEventData | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "topic" in value) {
      const event = value as LiveEventData;
      if (typeof event.topic === "string") return event;
    }
  } catch {
    // a malformed message is skipped; the next one or a view's fallback refetch catches up
  }
  return null;
}

/**
 * A hub that opens its source on the first subscriber and closes it `idleCloseMs` after the
 * last one left (a client navigation unmounts one page's views before the next page's
 * mount, which should not cost a reconnect).
 */
export function createLiveHub(
  open: (url: string) => LiveSource,
  { url = "/api/events", idleCloseMs = 2_000 } = {},
): LiveHub {
  const subscribers = new Set<{ patterns: readonly string[]; handler: (e: LiveMessage) => void }>();
  const statusListeners = new Set<(connected: boolean) => void>();
  let source: LiveSource | null = null;
  let isOpen = false;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;

  const setStatus = (next: boolean) => {
    if (next === isOpen) return;
    isOpen = next;
    for (const listener of [...statusListeners]) listener(next);
  };
  const ensureOpen = () => {
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = null;
    if (source) return;
    const s = open(url);
    source = s;
    s.onopen = () => setStatus(true);
    s.onerror = () => setStatus(s.readyState === OPEN);
    s.onmessage = (message) => {
      const data = parse(message.data);
      if (!data) return;
      const event: LiveMessage = { ...data, id: message.lastEventId };
      for (const sub of [...subscribers]) {
        if (sub.patterns.some((p) => topicMatches(p, data.topic))) sub.handler(event);
      }
    };
  };
  const releaseIfIdle = () => {
    if (subscribers.size > 0 || statusListeners.size > 0 || !source || closeTimer) return;
    closeTimer = setTimeout(() => {
      closeTimer = null;
      source?.close();
      source = null;
      isOpen = false;
    }, idleCloseMs);
  };

  return {
    subscribe(patterns, handler) {
      const sub = { patterns: typeof patterns === "string" ? [patterns] : patterns, handler };
      subscribers.add(sub);
      ensureOpen();
      return () => {
        subscribers.delete(sub);
        releaseIfIdle();
      };
    },
    onStatus(listener) {
      statusListeners.add(listener);
      ensureOpen();
      return () => {
        statusListeners.delete(listener);
        releaseIfIdle();
      };
    },
    connected: () => isOpen,
  };
}
