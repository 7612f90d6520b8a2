// Property-based fuzzing of every public route handler (API keys, courier tokens, tracking
// links), in-process on a real SQLite file: random and malformed bodies, headers, keys and ids.
// Every answer must be 2xx or 4xx, never 5xx, and every 4xx an RFC 9457 problem document.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrder } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createIntakeStore, orderBody } from "@/lib/orders/server/intake-test-setup";
import { HELP_REASONS } from "@/lib/tracking/domain/help";
import { findRouteHandlers, isPublicRoute, type RouteEntry } from "./route-inventory";

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => unknown;

const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 60);
const counts = { requests: 0, "2xx": 0, "4xx": 0, "5xx": 0 };
const failures: string[] = [];

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
const courierToken = `wkc_fuzz_${"0123456789abcdef".repeat(2)}`;
let ids: { order: string; tracking: string; delivered: string; assignment: string };

// A body that the route accepts, so mutations of it reach the code behind validation.
function validBody(route: string): unknown {
  if (route === "/api/v1/orders") return orderBody(s);
  if (route === "/api/v1/tickets") return { subject: "Late", message: "Where is my order?" };
  if (route.endsWith("/positions")) {
    return { pings: [{ lat: 31.2, lng: 121.44, recordedAt: new Date().toISOString() }] };
  }
  if (route.endsWith("/shift")) return { action: "start" };
  if (route.endsWith("/status")) return { status: "BREAK" };
  if (route.endsWith("/help")) return { reason: HELP_REASONS[0], message: "Cold food" };
  if (route.endsWith("/rating")) return { rating: 4, comment: "ok" };
  if (route.endsWith("/csat")) return { rating: 5 };
  if (route.endsWith("/messages")) return { message: "Hello" };
  return {};
}

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(-1),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant("x".repeat(70_000)),
  fc.constant({ __proto__: { admin: true } }),
  fc.constant('\'; DROP TABLE "Order"; --'),
  fc.jsonValue({ maxDepth: 4 }),
);

/** A valid body with one field, at any depth, replaced by something else (or removed). */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (value === null || typeof value !== "object" || path.length === 0) return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const index = head % entries.length;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  const [key, child] = entries[index] ?? ["", undefined];
  if (rest.length === 0 && head % 7 === 0) delete copy[key];
  else copy[key] = mutate(child, rest, replacement);
  return copy;
}

function bodyFor(route: string) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(JSON.stringify(validBody(route))) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), nasty)
        .map(([path, v]) => JSON.stringify(mutate(validBody(route), path, v)) ?? "null"),
    },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.nat({ max: 40_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
    },
    {
      weight: 1,
      arbitrary: fc.nat({ max: 5_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
    },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", '"x"', "1e999", "\u0000") },
    { weight: 1, arbitrary: fc.nat({ max: 3_000_000 }).map((n) => `{"s":"${"x".repeat(n)}"}`) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("latin1")),
    },
  );
}

function authFor(route: string) {
  const valid = route.startsWith("/api/v1/courier") ? `Bearer ${courierToken}` : `Bearer ${s.key}`;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(valid) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        "",
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        `Bearer ${"a".repeat(5000)}`,
        `bearer ${s.key} extra`,
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 80 }) },
  );
}

const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "garbage/;;;",
);

const idempotencyKey = fc.oneof(
  fc.uuid(),
  fc.constantFrom(undefined, "", " ", "x".repeat(201), "x".repeat(200), "重复键", "a\tb"),
  fc.string({ unit: "binary-ascii", maxLength: 250 }),
);

const paramValue = (valid: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
    { weight: 1, arbitrary: fc.constantFrom("../../etc/passwd", "%00", "x".repeat(5000), "🙂") },
  );

function safeHeaders(entries: [string, string | undefined][]): Headers {
  const headers = new Headers();
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    try {
      headers.set(name, value);
    } catch {
      // A value no HTTP client can send (control characters) never reaches the server.
    }
  }
  return headers;
}

async function callOnce(
  entry: RouteEntry,
  method: string,
  handler: Handler,
  input: { body: string; auth?: string; type?: string; idem?: string; id: string; token: string },
) {
  const url = `http://localhost${entry.route.replace("[id]", "x").replace("[token]", "x")}`;
  const headers = safeHeaders([
    ["authorization", input.auth],
    ["content-type", input.type],
    ["idempotency-key", input.idem],
  ]);
  const hasBody = method !== "GET" && method !== "HEAD";
  const request = new Request(url, { method, headers, body: hasBody ? input.body : undefined });
  const params = Promise.resolve({ id: input.id, token: input.token });
  const response = (await handler(request, { params })) as Response;
  counts.requests++;
  if (response.ok && response.headers.get("content-type")?.startsWith("text/event-stream")) {
    // A live stream never ends by itself: its status and headers are the answer.
    await response.body?.cancel();
    counts["2xx"]++;
    return;
  }
  const text = await response.text();
  if (response.status >= 500) {
    counts["5xx"]++;
    failures.push(`${method} ${entry.route} → ${response.status}: ${input.body.slice(0, 200)}`);
    return;
  }
  if (response.status >= 400) {
    counts["4xx"]++;
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = JSON.parse(text) as { status: number; title: string; type: string };
    expect(problem.status).toBe(response.status);
    expect(typeof problem.title).toBe("string");
    return;
  }
  expect(response.status).toBeGreaterThanOrEqual(200);
  counts["2xx"]++;
}

const publicRoutes = findRouteHandlers().filter((r) => isPublicRoute(r.route));

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  process.env.WEBHOOK_WORKER = "off";
  s = await createIntakeStore(t.db, "FZ1");
  await t.db.courier.create({
    data: {
      code: "FZC",
      name: "Fuzz rider",
      phone: "13700000000",
      capacity: 3,
      apiTokenHash: createHash("sha256").update(courierToken).digest("hex"),
    },
  });
  const order = await createOrder(t.db, s.store.id);
  const delivered = await createOrder(t.db, s.store.id);
  await t.db.order.update({
    where: { id: delivered.id },
    data: { status: "DELIVERED", deliveredAt: new Date() },
  });
  ids = {
    order: order.id,
    tracking: order.trackingToken,
    delivered: delivered.trackingToken,
    assignment: "missing-assignment",
  };
});

afterAll(async () => {
  console.log(
    `API fuzz: ${counts.requests} requests to ${publicRoutes.length} public routes — ` +
      `${counts["2xx"]} 2xx, ${counts["4xx"]} 4xx, ${counts["5xx"]} 5xx`,
  );
  await t.cleanup();
});

describe("public API fuzzing", () => {
  it("finds the public routes", () => {
    const routes = publicRoutes.map((r) => r.route);
    expect(routes).toEqual(
      expect.arrayContaining(["/api/v1/orders", "/api/v1/tickets", "/api/v1/courier/positions"]),
    );
  });

  for (const entry of publicRoutes) {
    for (const method of entry.methods) {
      it(`${method} ${entry.route} answers 2xx or 4xx problem JSON, never 5xx`, async () => {
        const mod = (await import(
          /* @vite-ignore */ `@/${entry.file.replace(/\.tsx?$/, "")}`
        )) as Record<string, Handler>;
        const handler = mod[method];
        if (!handler) throw new Error(`${entry.file} lost its ${method} export`);
        const before = failures.length;
        await fc.assert(
          fc.asyncProperty(
            fc.record({
              body: bodyFor(entry.route),
              auth: authFor(entry.route),
              type: contentType,
              idem: idempotencyKey,
              id: paramValue([ids.order, ids.assignment]),
              token: paramValue([ids.tracking, ids.delivered]),
            }),
            async (input) => {
              await callOnce(entry, method, handler, input);
            },
          ),
          { numRuns: RUNS_PER_METHOD, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
        );
        expect(failures.slice(before)).toEqual([]);
      });
    }
  }
});
