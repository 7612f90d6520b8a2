import "server-only";
import pg from "pg";

/** The channel the LiveEvent insert trigger notifies (prisma/postgres/migrations/*_live_event_notify). */
export const LIVE_CHANNEL = "live_events";

/** Waits up to `ms`, returning early when woken (or when `signal` aborts). */
export type LiveWait = (ms: number, signal: AbortSignal) => Promise<void>;

type Listener = {
  client: pg.Client | null;
  connecting: Promise<void> | null;
  waiters: Set<() => void>;
};

const listeners = new Map<string, Listener>();

function wakeAll(listener: Listener): void {
  const waiters = [...listener.waiters];
  listener.waiters.clear();
  for (const wake of waiters) wake();
}

/** One LISTEN connection per server URL and process, shared by every open stream. */
function ensureListening(url: string): Listener {
  let listener = listeners.get(url);
  if (!listener) {
    listener = { client: null, connecting: null, waiters: new Set() };
    listeners.set(url, listener);
  }
  const l = listener;
  if (l.client || l.connecting) return l;
  const client = new pg.Client({ connectionString: url });
  const drop = () => {
    // the next wait reconnects; until then streams fall back to polling
    if (l.client === client) l.client = null;
    client.end().catch(() => {});
    wakeAll(l);
  };
  client.on("notification", () => wakeAll(l));
  client.on("error", drop);
  client.on("end", drop);
  l.connecting = client
    .connect()
    .then(() => client.query(`LISTEN ${LIVE_CHANNEL}`))
    .then(() => {
      l.client = client;
      // whatever committed while we were connecting must not wait for the next poll
      wakeAll(l);
    })
    .catch(() => drop())
    .finally(() => {
      l.connecting = null;
    });
  return l;
}

/**
 * A wait that ends at the next `NOTIFY live_events` from any app instance, or after `ms`
 * (the poll fallback: NOTIFY is a wake-up, the outbox table stays the source of truth).
 */
export function postgresLiveWait(url: string): LiveWait {
  return (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const listener = ensureListening(url);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        listener.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      listener.waiters.add(done);
    });
}
