import type { Db } from "@/lib/platform/db-client";
import { deliverPendingWebhooks } from "./deliver";
import { log } from "@/lib/platform/log";

const INTERVAL_MS = 5000;
const state = globalThis as unknown as { webhookWorker?: NodeJS.Timeout };

/**
 * Starts the in-process delivery loop once, lazily (the first intake request calls it), and
 * unref'd so it never keeps a process alive. `WEBHOOK_WORKER=off` disables it (tests, or when
 * a separate worker runs the same function).
 */
export function startWebhookWorker(db: Db): void {
  if (state.webhookWorker || process.env.WEBHOOK_WORKER === "off") return;
  let running = false;
  state.webhookWorker = setInterval(() => {
    if (running) return;
    running = true;
    deliverPendingWebhooks(db, fetch)
      .catch((error: unknown) => log.error("webhook delivery failed", error))
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  state.webhookWorker.unref();
}
