// A signed-in Server-Sent Events client for the live bench: next-auth credentials sign-in over
// HTTP (CSRF token, callback, session cookie), then `GET /api/events` read as a stream.

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter(Boolean);

/** Signs in with email and password; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return [...jar, session].join("; ");
}

export type LiveEvent = { id: string; topic: string; payload: Record<string, unknown> };

/**
 * Opens the live stream and calls `onEvent` with each event as it arrives (with the arrival
 * time from `performance.now()`). Resolves once the server has sent its first line.
 */
export async function openStream(
  base: string,
  cookie: string,
  onEvent: (event: LiveEvent, at: number) => void,
): Promise<{ close: () => void }> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (!res.ok || !res.body) throw new Error(`GET /api/events answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let connected: () => void = () => {};
  const ready = new Promise<void>((r) => (connected = r));
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        connected();
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!id || !data) continue;
          const parsed = JSON.parse(data) as { topic: string; payload: Record<string, unknown> };
          onEvent({ id, topic: parsed.topic, payload: parsed.payload }, at);
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  await ready;
  return { close: () => abort.abort() };
}
