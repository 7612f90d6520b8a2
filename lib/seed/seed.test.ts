import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/platform/passwords";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { runSeedCli } from "./cli";
import { DEMO_LOGINS, demoApiKey, seedDemo, type SeedCounts } from "./index";

// A fixed reference time (Tuesday 12:30 in Shanghai) keeps the assertions reproducible.
const NOW = new Date("2026-11-24T04:30:00Z");
const OPTIONS = { orders: 1500, days: 7, now: NOW } as const;
const LOCAL = 8 * 3_600_000;

let t: TestDb;
let counts: SeedCounts;

beforeAll(async () => {
  t = createTestDb();
  counts = await seedDemo(t.db, { ...OPTIONS, databaseUrl: t.url });
});
afterAll(async () => {
  await t.cleanup();
});

describe("seedDemo", () => {
  it("writes the requested history and the reference data", async () => {
    expect(counts.order).toBe(1500);
    expect(await t.db.order.count()).toBe(1500);
    expect(await t.db.store.count()).toBe(14);
    expect(await t.db.courier.count()).toBe(45);
    expect(await t.db.customer.count()).toBeGreaterThanOrEqual(3200);
    expect(counts.review).toBeGreaterThan(0);
    expect(counts.ticket).toBeGreaterThan(0);
  });

  it("creates every demo login with a verifying password and its store scope", async () => {
    for (const login of DEMO_LOGINS) {
      const user = await t.db.user.findUnique({
        where: { email: login.email },
        include: { stores: { include: { store: true } } },
      });
      expect(user, login.email).not.toBeNull();
      if (user === null) continue;
      expect(user.role).toBe(login.role);
      expect(user.locale).toBeNull();
      expect(await verifyPassword(user.passwordHash, login.password)).toBe(true);
      expect(user.stores.map((s) => s.store.code).sort()).toEqual([...login.storeCodes].sort());
    }
  });

  it("keeps every order's money consistent", async () => {
    const orders = await t.db.order.findMany({
      include: { items: true, refunds: true, redemptions: true },
    });
    for (const o of orders) {
      for (const item of o.items) {
        const options = JSON.parse(item.options) as { priceDeltaCents: number }[];
        const unit = item.unitPriceCents + options.reduce((s, op) => s + op.priceDeltaCents, 0);
        expect(item.lineTotalCents).toBe(unit * item.quantity);
      }
      expect(o.subtotalCents).toBe(o.items.reduce((s, i) => s + i.lineTotalCents, 0));
      expect(o.totalCents).toBe(
        o.subtotalCents + o.packagingFeeCents + o.deliveryFeeCents - o.discountCents,
      );
      expect(o.discountCents).toBe(o.redemptions.reduce((s, r) => s + r.discountCents, 0));
      expect(o.refundedCents).toBe(o.refunds.reduce((s, r) => s + r.amountCents, 0));
      if (o.status === "REFUNDED") expect(o.refundedCents).toBe(o.totalCents);
      expect(o.code).toMatch(/^W\d{6}\d{4,}$/);
    }
  });

  it("ends every order's event timeline in its current status", async () => {
    const orders = await t.db.order.findMany({
      select: { code: true, status: true, events: { orderBy: { createdAt: "asc" } } },
    });
    for (const o of orders) {
      const steps = o.events.filter((e) => e.toStatus !== null);
      expect(steps[0]?.toStatus, o.code).toBe("PLACED");
      expect(steps[steps.length - 1]?.toStatus, o.code).toBe(o.status);
      for (let i = 1; i < steps.length; i++)
        expect(steps[i]?.fromStatus).toBe(steps[i - 1]?.toStatus);
    }
  });

  it("has orders in flight in every active status", async () => {
    for (const status of ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const) {
      expect(await t.db.order.count({ where: { status } }), status).toBeGreaterThan(0);
    }
    const moving = await t.db.order.findMany({ where: { status: "PICKED_UP" } });
    expect(moving.every((o) => o.courierId !== null)).toBe(true);
  });

  it("peaks at local lunch, not mid-afternoon", async () => {
    const placed = await t.db.order.findMany({ select: { placedAt: true } });
    const hour = (d: Date): number => new Date(d.getTime() + LOCAL).getUTCHours();
    const lunchPerHour =
      placed.filter((o) => hour(o.placedAt) >= 11 && hour(o.placedAt) < 13).length / 2;
    const afternoon = placed.filter((o) => hour(o.placedAt) === 15).length;
    expect(lunchPerHour).toBeGreaterThan(2 * afternoon);
  });

  it("stores API keys by hash, recomputable from the seed", async () => {
    const key = demoApiKey(42, "S01", "STOREFRONT");
    expect(key).toMatch(/^wk_s01_storefront_[0-9a-f]{16}$/);
    const hash = createHash("sha256").update(key).digest("hex");
    const row = await t.db.apiKey.findFirst({ where: { keyHash: hash }, include: { store: true } });
    expect(row?.store.code).toBe("S01");
    expect(row?.channel).toBe("STOREFRONT");
    expect(row?.prefix).toBe(`wk_${hash.slice(0, 12)}`);
    expect(await t.db.apiKey.count()).toBe(14 * 4);
  });

  it("has reviews on about a quarter of deliveries and tickets on a few percent of orders", async () => {
    const delivered = await t.db.order.count({ where: { status: "DELIVERED" } });
    expect(counts.review / delivered).toBeGreaterThan(0.15);
    expect(counts.review / delivered).toBeLessThan(0.3);
    expect(counts.ticket / counts.order).toBeGreaterThan(0.005);
    expect(counts.ticket / counts.order).toBeLessThan(0.05);
  });

  it("gives every order a unique tracking token of at least 22 characters", async () => {
    const tokens = (await t.db.order.findMany({ select: { trackingToken: true } })).map(
      (o) => o.trackingToken,
    );
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.every((tk) => tk.length >= 22 && /^[A-Za-z0-9_-]+$/.test(tk))).toBe(true);
  });
});

describe("determinism and the command line", () => {
  it("produces the same orders for the same seed, and --if-empty never duplicates", async () => {
    const other = createTestDb();
    const env = process.env.DATABASE_URL;
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await seedDemo(other.db, { ...OPTIONS, databaseUrl: other.url });
      const pick = {
        select: { code: true, totalCents: true, status: true },
        orderBy: { code: "asc" },
      } as const;
      expect(await other.db.order.findMany(pick)).toEqual(await t.db.order.findMany(pick));

      process.env.DATABASE_URL = other.url;
      expect(await runSeedCli(["--if-empty"])).toBe(0);
      expect(await other.db.order.count()).toBe(1500);
      expect(await runSeedCli([])).toBe(1);
      expect(await runSeedCli(["--reset", "--orders", "200", "--days", "2"])).toBe(0);
      expect(await other.db.order.count()).toBe(200);
      expect(await other.db.store.count()).toBe(14);
    } finally {
      process.env.DATABASE_URL = env;
      log.mockRestore();
      error.mockRestore();
      await other.cleanup();
    }
  });

  it("also seeds through Prisma createMany when no SQLite file is given", async () => {
    const small = createTestDb();
    try {
      const c = await seedDemo(small.db, { orders: 40, days: 1, now: NOW, customers: 100 });
      expect(c.order).toBe(40);
      expect(await small.db.order.count()).toBe(40);
      const first = await small.db.order.findFirst({ orderBy: { placedAt: "asc" } });
      expect(first?.placedAt).toBeInstanceOf(Date);
    } finally {
      await small.cleanup();
    }
  });
});
