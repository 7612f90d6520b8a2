import "server-only";
import type { Db } from "@/lib/platform/db-client";
import {
  findLiveEventsAfter,
  formatSseMessage,
  resolveStartCursor,
  type LiveScope,
} from "./outbox";

const POLL_MS = 300;
const HEARTBEAT_MS = 15_000;
// Browsers wait this long before reconnecting after the stream drops.
const RETRY_MS = 1_500;

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
 * `resumeFrom`, until the request is aborted. Polling the table (not an in-memory bus) means
 * events written by any app instance reach every open stream.
 */
export function liveEventResponse(
  db: Db,
  scope: LiveScope,
  resumeFrom: string | null,
  signal: AbortSignal,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      try {
        let cursor = await resolveStartCursor(db, resumeFrom);
        send(`retry: ${RETRY_MS}\n: connected ${cursor}\n\n`);
        let lastWrite = Date.now();
        while (!signal.aborted) {
          const events = await findLiveEventsAfter(db, cursor, scope);
          for (const event of events) {
            send(formatSseMessage(event));
            cursor = event.id;
          }
          if (events.length > 0) lastWrite = Date.now();
          else if (Date.now() - lastWrite >= HEARTBEAT_MS) {
            send(": ping\n\n");
            lastWrite = Date.now();
          }
          await sleep(POLL_MS, signal);
        }
      } catch (error) {
        if (!signal.aborted) console.error("live event stream failed", error);
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
