import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_DATABASE_URL } from "../playwright.config";
import { createPrismaClient } from "@/lib/platform/db-client";
import { PERMISSIONS, can, type Permission } from "@/lib/platform/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { findPages, findRouteHandlers } from "@/lib/platform/security/route-inventory";
import { DEMO_PASSWORD } from "./helpers";
import { createE2eUser } from "./db";

// Authorization matrix over HTTP against the built app: every page and every route handler
// method (found from app/), as every demo role, signed out, and as another store's staff and
// manager. Allowed vs refused is compared with the permission map through the table below,
// written out per route: a new page or route fails here until it is given an expectation.

// A plain string is accepted too, so an entry can name a permission that lands in the map in
// the same change as its page; the test fails on a name the map does not know.
type Access =
  | Permission
  | (string & {})
  | "signed-in" // any staff session
  | "public" // no session needed (sign-in, OpenAPI, NextAuth)
  | "token" // the tracking/invite token in the URL is the key: same answer for everyone
  | "api-key" // channel API key or courier token: a staff cookie grants nothing
  | "courier";

type Expectation = {
  access: Access;
  /** Concrete path (dynamic segments filled from the seeded data). */
  path?: (d: Samples) => string;
  /** The sample resource belongs to store S01: another store's staff must get a 404. */
  scoped?: boolean;
  /** A body that fails validation, so an allowed call changes nothing. */
  body?: unknown;
  /** Signed-in staff holding any one of these (the approvals queue: approvers and team viewers). */
  anyOf?: Permission[];
  /** No sample row exists: past the guard the answer is a 404 (signed out still gets 401). */
  missing?: boolean;
};

type Samples = { orderId: string; trackingToken: string; storeId: string; userId: string };

const PAGES: Record<string, Expectation> = {
  "/": { access: "signed-in" },
  "/sign-in": { access: "public" },
  "/invite/[token]": { access: "token", path: () => "/invite/not-a-real-invite-token-000" },
  "/track/[token]": { access: "token", path: (d) => `/track/${d.trackingToken}` },
  "/analytics": { access: "analytics.view" },
  "/analytics/[panel]": { access: "analytics.view", path: () => "/analytics/delivery" },
  "/analytics/orders": { access: "analytics.view" },
  "/analytics/report": { access: "analytics.view" },
  "/analytics/tickets": { access: "analytics.view" },
  "/approvals": {
    access: "signed-in",
    anyOf: ["orders.refund", "support.compensate", "menu.edit", "campaigns.publish", "team.view"],
  },
  "/campaigns": { access: "campaigns.view" },
  "/campaigns/[id]": {
    access: "campaigns.view",
    path: () => "/campaigns/no-such-campaign",
    missing: true,
  },
  "/campaigns/new": { access: "campaigns.edit" },
  "/dispatch": { access: "dispatch.view" },
  "/dispatch/zones": { access: "dispatch.zones" },
  "/menu": { access: "menu.view" },
  "/menu/csv": { access: "menu.view" },
  "/menu/items/[id]": { access: "menu.edit", path: () => "/menu/items/no-such-item" },
  "/menu/items/new": { access: "menu.edit" },
  "/menu/reorder": { access: "menu.view" },
  "/menu/reviews": { access: "menu.view" },
  "/menu/stock": { access: "menu.view" },
  "/menu/supply": { access: "menu.view" },
  "/orders": { access: "orders.view" },
  "/orders/attention": { access: "orders.view" },
  "/orders/new": { access: "orders.create" },
  "/profile": { access: "signed-in" },
  "/settings": { access: "settings.view" },
  "/support": { access: "support.view" },
  "/support/knowledge": { access: "support.manage" },
  "/support/reports": { access: "support.reports" },
  "/team": { access: "team.view" },
  "/team/audit": { access: "audit.view" },
  "/team/performance": { access: "team.view" },
  "/team/roles": { access: "team.view" },
  "/team/shifts": { access: "team.view" },
  "/team/staff/[id]": {
    access: "team.manage",
    path: (d) => `/team/staff/${d.userId}`,
    scoped: true,
  },
  "/team/training": { access: "team.view" },
};

const ROUTES: Record<string, Expectation> = {
  "GET /team/audit/export": { access: "audit.view" },
  "GET /track/[token]/live": { access: "token", path: (d) => `/track/${d.trackingToken}/live` },
  "GET /track/[token]/events": {
    access: "token",
    path: (d) => `/track/${d.trackingToken}/events`,
  },
  "POST /track/[token]/help": {
    access: "token",
    path: (d) => `/track/${d.trackingToken}/help`,
    body: {},
  },
  "POST /track/[token]/rating": {
    access: "token",
    path: (d) => `/track/${d.trackingToken}/rating`,
    body: {},
  },
  "POST /track/[token]/csat": {
    access: "token",
    path: (d) => `/track/${d.trackingToken}/csat`,
    body: {},
  },
  "POST /track/[token]/messages": {
    access: "token",
    path: (d) => `/track/${d.trackingToken}/messages`,
    body: {},
  },
  "GET /api/analytics/export/[panel]": {
    access: "analytics.view",
    path: () => "/api/analytics/export/delivery",
  },
  "GET /api/analytics/orders": { access: "analytics.view" },
  "GET /api/auth/[...nextauth]": { access: "public", path: () => "/api/auth/providers" },
  "POST /api/auth/[...nextauth]": { access: "public", path: () => "/api/auth/_log", body: {} },
  "GET /api/dispatch/map": { access: "dispatch.view" },
  "GET /api/dispatch/orders/[id]/assignments": {
    access: "dispatch.view",
    path: (d) => `/api/dispatch/orders/${d.orderId}/assignments`,
  },
  "GET /api/events": { access: "orders.view" },
  "GET /api/menu/photos/[id]": {
    access: "signed-in",
    path: () => "/api/menu/photos/no-such-photo",
    missing: true,
  },
  "POST /api/menu/photos": { access: "menu.edit", body: {} },
  "GET /api/menu/export": {
    access: "menu.view",
    path: (d) => `/api/menu/export?store=${d.storeId}`,
    scoped: true,
  },
  "GET /api/orders/[id]": {
    access: "orders.view",
    path: (d) => `/api/orders/${d.orderId}`,
    scoped: true,
  },
  "GET /api/orders/board": { access: "orders.view" },
  "GET /api/orders": { access: "orders.view" },
  "GET /api/team/staff": { access: "team.view" },
  "GET /api/v1/courier/me": { access: "courier" },
  "GET /api/v1/courier/tasks": { access: "courier" },
  "POST /api/v1/courier/offers/[id]/accept": {
    access: "courier",
    path: () => "/api/v1/courier/offers/x/accept",
    body: {},
  },
  "POST /api/v1/courier/offers/[id]/decline": {
    access: "courier",
    path: () => "/api/v1/courier/offers/x/decline",
    body: {},
  },
  "POST /api/v1/courier/orders/[id]/deliver": {
    access: "courier",
    path: (d) => `/api/v1/courier/orders/${d.orderId}/deliver`,
    body: {},
  },
  "POST /api/v1/courier/orders/[id]/pickup": {
    access: "courier",
    path: (d) => `/api/v1/courier/orders/${d.orderId}/pickup`,
    body: {},
  },
  "POST /api/v1/courier/positions": { access: "courier", body: {} },
  "POST /api/v1/courier/shift": { access: "courier", body: {} },
  "POST /api/v1/courier/status": { access: "courier", body: {} },
  "GET /api/v1/openapi.json": { access: "public" },
  "GET /api/v1/orders/[id]": { access: "api-key", path: (d) => `/api/v1/orders/${d.orderId}` },
  "POST /api/v1/orders": { access: "api-key", body: {} },
  "POST /api/v1/tickets": { access: "api-key", body: {} },
};

type Principal = {
  name: string;
  role: Role | null;
  email?: string;
  password?: string;
  foreign?: boolean;
};

const PRINCIPALS: Principal[] = [
  { name: "admin", role: "PLATFORM_ADMIN", email: "admin@demo.local" },
  { name: "supervisor", role: "SUPERVISOR", email: "supervisor@demo.local" },
  { name: "dispatcher", role: "DISPATCHER", email: "dispatcher@demo.local" },
  { name: "support", role: "SUPPORT_AGENT", email: "support@demo.local" },
  { name: "marketer", role: "MARKETER", email: "marketer@demo.local" },
  { name: "manager (S01,S02)", role: "STORE_MANAGER", email: "manager@demo.local" },
  { name: "staff (S01)", role: "STORE_STAFF", email: "staff@demo.local" },
  { name: "signed out", role: null },
];

/** What the permission map says this principal should get: allowed or refused. */
function expectAllowed(e: Expectation, p: Principal): boolean {
  if (e.access === "public" || e.access === "token") return true;
  if (e.access === "api-key" || e.access === "courier") return false;
  if (p.role === null) return false;
  if (e.scoped && p.foreign) return false;
  const role = p.role;
  if (e.anyOf) return e.anyOf.some((permission) => can(role, permission));
  return e.access === "signed-in" || can(role, e.access as Permission);
}

/** How the app answered: refused is 401/403/404 or a redirect to sign-in. */
function outcome(status: number, location: string | undefined): "allowed" | "refused" | "5xx" {
  if (status >= 500) return "5xx";
  if (status === 401 || status === 403 || status === 404) return "refused";
  if (status >= 300 && status < 400 && (location ?? "").includes("/sign-in")) return "refused";
  return "allowed";
}

async function signIn(ctx: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  const session = (await (await ctx.get("/api/auth/session")).json()) as { uid?: string };
  expect(session.uid, `signed in as ${email}`).toBeTruthy();
}

async function samples(): Promise<Samples> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const store = await db.store.findUniqueOrThrow({ where: { code: "S01" } });
    const order = await db.order.findFirstOrThrow({
      where: { storeId: store.id },
      orderBy: { placedAt: "desc" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "staff@demo.local" } });
    return {
      orderId: order.id,
      trackingToken: order.trackingToken,
      storeId: store.id,
      userId: user.id,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Status of one call; the event stream is read only up to its headers, then closed. */
async function call(
  ctx: APIRequestContext,
  baseURL: string,
  method: string,
  path: string,
  body?: unknown,
) {
  if (path.startsWith("/api/events") || /^\/track\/[^/]+\/events$/.test(path)) {
    const cookies = (await ctx.storageState()).cookies
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    const abort = new AbortController();
    const res = await fetch(`${baseURL}${path}`, {
      headers: { cookie: cookies },
      signal: abort.signal,
    });
    abort.abort();
    return { status: res.status, location: undefined };
  }
  const res = await ctx.fetch(path, {
    method,
    maxRedirects: 0,
    ...(body !== undefined ? { data: body } : {}),
  });
  return { status: res.status(), location: res.headers()["location"] };
}

test.describe.configure({ timeout: 15 * 60_000 });

test("every page and route handler allows and refuses as the permission map says", async ({
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const pages = findPages();
  const routes = findRouteHandlers().flatMap((r) => r.methods.map((m) => ({ ...r, method: m })));
  // The table covers exactly what the app has.
  expect(pages.map((p) => p.route).filter((r) => !(r in PAGES))).toEqual([]);
  const routeKeys = routes.map((r) => `${r.method} ${r.route}`);
  expect(routeKeys.filter((k) => !(k in ROUTES))).toEqual([]);
  const known = ["signed-in", "public", "token", "api-key", "courier", ...PERMISSIONS];
  const unknown = [
    ...pages.filter((p) => !known.includes(PAGES[p.route]?.access ?? "")).map((p) => p.route),
    ...routeKeys.filter((k) => !known.includes(ROUTES[k]?.access ?? "")),
  ];
  expect(unknown, "entries naming a permission the map does not have").toEqual([]);
  // An entry whose page or route was removed (or is not committed yet) is only reported.
  const stale = [
    ...Object.keys(PAGES).filter((r) => !pages.some((p) => p.route === r)),
    ...Object.keys(ROUTES).filter((k) => !routeKeys.includes(k)),
  ];
  if (stale.length > 0)
    console.warn(`security matrix: entries without a route: ${stale.join(", ")}`);

  const data = await samples();
  const otherStaff = await createE2eUser({ role: "STORE_STAFF", storeCodes: ["S03"] });
  const otherManager = await createE2eUser({ role: "STORE_MANAGER", storeCodes: ["S03"] });
  const principals: Principal[] = [
    ...PRINCIPALS,
    { name: "S03 staff", role: "STORE_STAFF", ...otherStaff, foreign: true },
    { name: "S03 manager", role: "STORE_MANAGER", ...otherManager, foreign: true },
  ];
  const cells = [
    ...pages.map((p) => ({ key: p.route, method: "GET", e: PAGES[p.route] })),
    ...routes.map((r) => ({
      key: `${r.method} ${r.route}`,
      method: r.method,
      e: ROUTES[`${r.method} ${r.route}`],
    })),
  ];

  const mismatches: string[] = [];
  let calls = 0;
  await Promise.all(
    principals.map(async (p) => {
      const ctx = await playwright.request.newContext({ baseURL: base });
      try {
        if (p.email) await signIn(ctx, p.email, p.password ?? DEMO_PASSWORD);
        for (const { key, method, e } of cells) {
          if (!e) continue;
          const path = e.path ? e.path(data) : key.replace(/^[A-Z]+ /, "");
          const { status, location } = await call(ctx, base, method, path, e.body);
          calls++;
          const got = e.missing && status === 404 ? "allowed" : outcome(status, location);
          const want = expectAllowed(e, p) ? "allowed" : "refused";
          if (got !== want)
            mismatches.push(`${key} as ${p.name}: ${got} (${status}), expected ${want}`);
        }
      } finally {
        await ctx.dispose();
      }
    }),
  );
  console.log(
    `security matrix: ${cells.length} pages and route methods × ${principals.length} principals = ${calls} requests, ${mismatches.length} mismatches`,
  );
  expect(mismatches).toEqual([]);
  expect(calls).toBe(cells.length * principals.length);
});
