// Authorization matrix of every server action: each one (found from the "use server" modules)
// is called as every role, signed out, and as another store's staff and manager, on a real
// SQLite file; allowed vs refused is compared with the permission map. Only the request
// plumbing Next provides (session cookie decoding, headers, cookies, cache revalidation) is
// stood in for; the actor is loaded from the database by the app's own code.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, ROLES, can, type Permission } from "@/lib/platform/permissions";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { findActionModules } from "./route-inventory";
import { ACTION_EXPECTATIONS, type ActionAccess } from "./action-expectations";

const session: { current: { uid: string; sv: number } | null } = { current: null };

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ "user-agent": "matrix", "x-forwarded-for": "10.0.0.1" }),
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => jar.set(name, value),
      delete: (name: string) => jar.delete(name),
    }),
  };
});
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));

type Principal = { name: string; role: Role | null; userId: string | null; sv?: number };
type Result = { ok?: boolean; code?: string };

let t: TestDb;
const principals: Principal[] = [];
let storeA = "";
// An input no action schema accepts: an allowed caller gets a validation error, nothing runs.
const UNPARSEABLE = Symbol("matrix") as unknown;

function expectedAllowed(access: ActionAccess, principal: Principal): boolean {
  if (access === "public") return true;
  if (principal.role === null) return false;
  if (access === "signed-in") return true;
  return can(principal.role, access as Permission);
}

function refused(result: unknown): boolean {
  const r = result as Result;
  return r.ok === false && (r.code === "unauthenticated" || r.code === "forbidden");
}

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  const [a, b, c] = [await createStore(t.db), await createStore(t.db), await createStore(t.db)];
  storeA = a.id;
  for (const role of ROLES) {
    const storeIds = role === "STORE_MANAGER" ? [a.id, b.id] : role === "STORE_STAFF" ? [a.id] : [];
    const user = await createUser(t.db, { role, storeIds });
    principals.push({ name: role, role, userId: user.id, sv: user.sessionVersion });
  }
  principals.push({ name: "signed out", role: null, userId: null });
  const otherStaff = await createUser(t.db, { role: "STORE_STAFF", storeIds: [c.id] });
  principals.push({
    name: "other store's staff",
    role: "STORE_STAFF",
    userId: otherStaff.id,
    sv: otherStaff.sessionVersion,
  });
  const otherManager = await createUser(t.db, { role: "STORE_MANAGER", storeIds: [c.id] });
  principals.push({
    name: "other store's manager",
    role: "STORE_MANAGER",
    userId: otherManager.id,
    sv: otherManager.sessionVersion,
  });
});
afterAll(() => t.cleanup());

const modules = findActionModules();
const discovered = modules.flatMap((m) => m.names.map((name) => `${m.module}#${name}`));

describe("server action authorization matrix", () => {
  it("has an expectation for every server action, and no stale ones", () => {
    expect(discovered.filter((key) => !(key in ACTION_EXPECTATIONS))).toEqual([]);
    const unknown = discovered.filter((key) => {
      const access = ACTION_EXPECTATIONS[key] ?? "";
      return !["signed-in", "public", ...PERMISSIONS].includes(access);
    });
    expect(unknown, "entries naming a permission the map does not have").toEqual([]);
    // An entry whose action was removed (or not committed yet) is harmless: report it only.
    const stale = Object.keys(ACTION_EXPECTATIONS).filter((key) => !discovered.includes(key));
    if (stale.length > 0)
      console.warn(`action matrix: entries without an action: ${stale.join(", ")}`);
  });

  it("allows and refuses exactly as the permission map says", async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const m of modules) {
      const mod = (await import(/* @vite-ignore */ m.module)) as Record<string, unknown>;
      for (const name of m.names) {
        const action = mod[name];
        const access = ACTION_EXPECTATIONS[`${m.module}#${name}`];
        if (typeof action !== "function" || access === undefined) continue;
        for (const p of principals) {
          session.current = p.userId ? { uid: p.userId, sv: p.sv ?? 1 } : null;
          const result: unknown = await (action as (input: unknown) => Promise<unknown>)(
            UNPARSEABLE,
          );
          cells++;
          const allowed = !refused(result);
          if (allowed !== expectedAllowed(access, p)) {
            mismatches.push(
              `${name} as ${p.name}: ${allowed ? "allowed" : "refused"} (${JSON.stringify(result)}), expected ${access}`,
            );
          }
          if ((result as Result).code === "internal") mismatches.push(`${name} as ${p.name}: 500`);
        }
      }
    }
    session.current = null;
    console.log(
      `action matrix: ${discovered.length} actions × ${principals.length} principals = ${cells} calls, ${mismatches.length} mismatches`,
    );
    expect(cells).toBe(
      discovered.filter((k) => k in ACTION_EXPECTATIONS).length * principals.length,
    );
    expect(mismatches).toEqual([]);
  });
});

// Another store's manager holds these permissions, so only tenancy stands between them and
// store A's rows: each call must read like a missing row and change nothing.
describe("another store's manager on store A's rows", () => {
  it("is refused as if the row did not exist", async () => {
    const order = await createOrder(t.db, storeA);
    const item = await t.db.menuItem.create({
      data: {
        storeId: storeA,
        nameZh: "面",
        nameEn: "Noodles",
        priceCents: 1000,
        stockTracked: true,
        stockQty: 10,
      },
    });
    const other = principals.find((p) => p.name === "other store's manager");
    session.current = other?.userId ? { uid: other.userId, sv: other.sv ?? 1 } : null;
    const orders = await import("@/lib/orders/server/actions");
    const menu = await import("@/lib/menu/server/actions");
    const stores = await import("@/lib/stores/server/actions");
    const ref = { orderId: order.id, version: order.version };
    const calls: [string, Promise<unknown>][] = [
      ["accept", orders.acceptOrderAction(ref)],
      ["reject", orders.rejectOrderAction({ ...ref, reason: "busy" })],
      ["cancel", orders.cancelOrderAction({ ...ref, reason: "busy" })],
      [
        "refund",
        orders.refundOrderAction({
          orderId: order.id,
          items: null,
          reasonCode: "LATE",
          bearer: "STORE",
        }),
      ],
      ["sold out", menu.setSoldOutAction({ target: "item", id: item.id, mode: "now" })],
      [
        "stock",
        menu.adjustStockAction({
          target: "item",
          id: item.id,
          reason: "ADJUST",
          delta: 5,
          note: "count",
        }),
      ],
      ["select store", stores.selectStore({ storeId: storeA })],
    ];
    const answers: string[] = [];
    for (const [name, call] of calls) {
      const r = (await call) as Result;
      answers.push(`${name}: ${r.ok ? "ok" : r.code}`);
    }
    session.current = null;
    expect(answers).toEqual(calls.map(([name]) => `${name}: not_found`));
    const after = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe(order.status);
    expect(after.version).toBe(order.version);
    const itemAfter = await t.db.menuItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(itemAfter.soldOutUntil).toBeNull();
    expect(itemAfter.stockQty).toBe(10);
    expect(await t.db.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});
