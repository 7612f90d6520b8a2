// The live bench's second client as a real browser: a headless Chromium, signed in with the
// session cookie, holds the console's live stream with the browser's own EventSource; each event
// is handed to the bench (arrival timed in Node, a CDP hop of well under a millisecond later).
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "@/lib/testing/chromium";
import type { LiveEvent } from "./sse";

export async function openBrowserStream(
  base: string,
  cookie: string,
  onEvent: (event: LiveEvent, at: number) => void,
): Promise<{ close: () => Promise<void> }> {
  const executablePath = chromiumExecutable();
  const browser: Browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
      }),
    );
    const page = await context.newPage();
    await page.exposeFunction("__benchLive", (id: string, data: string) => {
      const at = performance.now();
      const parsed = JSON.parse(data) as { topic: string; payload: Record<string, unknown> };
      onEvent({ id, topic: parsed.topic, payload: parsed.payload }, at);
    });
    // Any page of the app's origin will do; the sign-in page is the lightest.
    await page.goto(`${base}/sign-in`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const source = new EventSource("/api/events");
          const w = window as unknown as {
            __benchLive: (id: string, data: string) => void;
          };
          source.onopen = () => resolve();
          source.onerror = () => reject(new Error("the browser's EventSource failed to open"));
          source.onmessage = (message) => w.__benchLive(message.lastEventId, message.data);
        }),
    );
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { close: () => browser.close() };
}
