import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { databaseKind } from "@/lib/platform/database-url";
import {
  contiguousEnd,
  findLiveEventIdsAfter,
  findLiveEventsAfter,
  formatSseMessage,
  resolveStartCursor,
  type LiveMessage,
  type LiveScope,
} from "./outbox";
import { postgresLiveWait, type LiveWait } from "./pg-notify";
import { log } from "@/lib/platform/log";

const POLL_MS = 300;
// With LISTEN/NOTIFY the poll is only a safety net for a lost listen connection.
const NOTIFY_POLL_MS = 2_000;
// How long a missing id may hold the stream back before it counts as a rolled-back insert.
const GAP_WAIT_MS = 1_000;
const GAP_POLL_MS = 50;
const HEARTBEAT_MS = 15_000;
// Browsers wait this long before reconnecting after the stream drops.
const RETRY_MS = 1_500;

/**
 * Turns a batch of outbox events (already narrowed to the scope) into the SSE text to send;
 * "" sends nothing. The default sends each event as it is; a public stream filters and
 * reshapes them (lib/tracking/server/live-stream.ts).
 */
export type LiveRender = (events: LiveMessage[]) => Promise<string> | string;

export type LiveStreamOptions = { wait?: LiveWait; pollMs?: number; render?: LiveRender };

const renderAll: LiveRender = (events) => events.map(formatSseMessage).join("");

/** PostgreSQL: woken by NOTIFY from any instance; SQLite: a short poll of the outbox. */
function defaultWaiting(): { wait: LiveWait; pollMs: number } {
  const url = process.env.DATABASE_URL;
  if (url && databaseKind(url) === "postgresql") {
    return { wait: postgresLiveWait(url), pollMs: NOTIFY_POLL_MS };
  }
  return { wait: sleep, pollMs: POLL_MS };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // the listener is removed on every normal wake-up, or a long stream would pile them up
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * A Server-Sent Events response that tails the LiveEvent outbox for one scope, starting after
 * `resumeFrom`, until the request is aborted. Reading the table (not an in-memory bus) means
 * events written by any app instance reach every open stream; on PostgreSQL a NOTIFY from the
 * insert trigger wakes the reader at once. Ids are sent in order without skipping one that is
 * still being committed (see `contiguousEnd`).
 */
export function liveEventResponse(
  db: Db,
  scope: LiveScope,
  resumeFrom: string | null,
  signal: AbortSignal,
  options: LiveStreamOptions = {},
): Response {
  const { wait, pollMs } = { ...defaultWaiting(), ...options };
  const render = options.render ?? renderAll;
  const encoder = new TextEncoder();
  // Stops on the request's abort or when the reader cancels the body (whichever comes first).
  const stop = new AbortController();
  if (signal.aborted) stop.abort();
  else signal.addEventListener("abort", () => stop.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    cancel() {
      stop.abort();
    },
    async start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      try {
        let cursor = await resolveStartCursor(db, resumeFrom);
        send(`retry: ${RETRY_MS}\n: connected ${cursor}\n\n`);
        let lastWrite = Date.now();
        let gap = null as { id: number; since: number } | null;
        while (!stop.signal.aborted) {
          const ids = await findLiveEventIdsAfter(db, cursor);
          const skipGaps = gap !== null && Date.now() - gap.since >= GAP_WAIT_MS;
          const safe = contiguousEnd(cursor, ids, skipGaps);
          if (safe.gap === null) gap = null;
          else if (gap?.id !== safe.gap) gap = { id: safe.gap, since: Date.now() };
          if (safe.end > cursor) {
            const events = await findLiveEventsAfter(db, cursor, scope, undefined, safe.end);
            const text = events.length > 0 ? await render(events) : "";
            if (text) {
              send(text);
              lastWrite = Date.now();
            }
            cursor = safe.end;
          }
          if (Date.now() - lastWrite >= HEARTBEAT_MS) {
            send(": ping\n\n");
            lastWrite = Date.now();
          }
          // a full batch means more is waiting; a gap is usually filled within milliseconds
          if (ids.length >= 200 && gap === null) continue;
          await wait(gap ? GAP_POLL_MS : pollMs, stop.signal);
        }
      } catch (error) {
        if (!stop.signal.aborted) log.error("live event stream failed", error);
      } finally {
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
