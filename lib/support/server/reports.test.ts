import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { percentile } from "../domain/report";
import { getInboxReport, reportPeriod } from "./reports";

let t: TestDb;
let s1: { id: string; code: string };
let s2: { id: string; code: string };
const NOW = new Date("2026-11-25T04:00:00Z"); // 12:00 in Shanghai
const MIN = 60_000;

/** 20 tickets over two stores and 3 local days with known response/resolution times. */
beforeAll(async () => {
  t = createTestDb();
  s1 = await createStore(t.db);
  s2 = await createStore(t.db);
  const a = await createUser(t.db, { role: "SUPPORT_AGENT" });
  const b = await createUser(t.db, { role: "SUPPORT_AGENT" });
  const order = await createOrder(t.db, s1.id, NOW);
  for (let i = 0; i < 20; i++) {
    const createdAt = new Date(NOW.getTime() - (i % 3) * 86_400_000 - i * MIN);
    await t.db.ticket.create({
      data: {
        code: `R${i}`,
        source: "STAFF",
        subject: `r${i}`,
        storeId: i % 4 === 0 ? s2.id : s1.id,
        orderId: i % 5 === 0 ? order.id : null,
        assigneeId: i % 2 === 0 ? a.id : b.id,
        createdAt,
        firstResponseDueAt: new Date(createdAt.getTime() + 10 * MIN),
        firstRespondedAt: i < 15 ? new Date(createdAt.getTime() + (i + 1) * MIN) : null,
        resolutionDueAt: new Date(createdAt.getTime() + 120 * MIN),
        resolvedAt: i < 10 ? new Date(createdAt.getTime() + (i + 1) * 20 * MIN) : null,
        status: i < 10 ? "RESOLVED" : "OPEN",
        csatScore: i < 6 ? (i % 5) + 1 : null,
        labels: JSON.stringify(i % 3 === 0 ? ["late", "cold"] : ["late"]),
      },
    });
  }
  // Outside the period, and a merged duplicate: neither counts.
  await t.db.ticket.create({
    data: {
      code: "OLD",
      source: "STAFF",
      subject: "old",
      storeId: s1.id,
      createdAt: new Date("2026-10-01T00:00:00Z"),
    },
  });
  await t.db.ticket.create({
    data: {
      code: "DUP",
      source: "STAFF",
      subject: "dup",
      storeId: s1.id,
      createdAt: NOW,
      mergedIntoId: "x",
    },
  });
});
afterAll(() => t.cleanup());

const period = reportPeriod({ from: "2026-11-23", to: "2026-11-25" }, NOW);

describe("inbox report", () => {
  it("matches numbers computed from the raw rows", async () => {
    const r = await getInboxReport(t.db, { storeIds: null }, { ...period, store: null }, "en", NOW);
    const raw = await t.db.ticket.findMany({
      where: { code: { startsWith: "R" } },
      include: { store: true },
    });
    expect(r.volume).toBe(raw.length);
    expect(r.perDay.map((d) => d.tickets).reduce((x, y) => x + y, 0)).toBe(20);
    const frt = raw
      .filter((x) => x.firstRespondedAt)
      .map((x) => ((x.firstRespondedAt?.getTime() ?? 0) - x.createdAt.getTime()) / MIN)
      .sort((x, y) => x - y);
    expect(r.firstResponseMin).toEqual({
      n: 15,
      p50: percentile(frt, 50),
      p90: percentile(frt, 90),
    });
    // Responses at 1..15 minutes: p50 = 8, p90 = 14 (nearest rank).
    expect(r.firstResponseMin.p50).toBe(8);
    expect(r.firstResponseMin.p90).toBe(14);
    // Resolutions at 20..200 minutes: p50 = 100, p90 = 180.
    expect(r.resolutionMin).toMatchObject({ n: 10, p50: 100, p90: 180 });
    // First response due at 10 min: answered at 11..15 min (5), unanswered and overdue (5).
    expect(r.breaches.firstResponse).toBe(10);
    // Resolution due at 120 min: resolved at 140..200 (4), open and overdue by NOW.
    const openOverdue = raw.filter(
      (x) => !x.resolvedAt && (x.resolutionDueAt?.getTime() ?? 0) < NOW.getTime(),
    ).length;
    expect(r.breaches.resolution).toBe(4 + openOverdue);
    const scored = raw.filter((x) => x.csatScore !== null);
    expect(r.csat.responses).toBe(6);
    expect(r.csat.average).toBeCloseTo(
      scored.reduce((x, y) => x + (y.csatScore ?? 0), 0) / scored.length,
    );
    const perStore = r.csatByStore.find((g) => g.key === s2.code);
    const s2scored = scored.filter((x) => x.storeId === s2.id);
    expect(perStore?.responses).toBe(s2scored.length);
    expect(r.csatByAgent.reduce((x, g) => x + g.responses, 0)).toBe(6);
    expect(r.topLabels).toEqual([
      { key: "late", count: 20 },
      { key: "cold", count: 7 },
    ]);
    expect(r.topDishes).toEqual([{ key: "Beef noodles", count: 4 }]);
  });

  it("keeps store-scoped people to their stores and honours the store filter", async () => {
    const scoped = await getInboxReport(
      t.db,
      { storeIds: [s2.id] },
      { ...period, store: null },
      "en",
      NOW,
    );
    expect(scoped.volume).toBe(5);
    const foreign = await getInboxReport(
      t.db,
      { storeIds: [s2.id] },
      { ...period, store: s1.code },
      "en",
      NOW,
    );
    expect(foreign.volume).toBe(0);
    const filtered = await getInboxReport(
      t.db,
      { storeIds: null },
      { ...period, store: s1.code },
      "en",
      NOW,
    );
    expect(filtered.volume).toBe(15);
  });

  it("defaults to the last 7 local days and puts a reversed range right", () => {
    expect(reportPeriod({}, NOW)).toEqual({ from: "2026-11-19", to: "2026-11-25", store: null });
    expect(reportPeriod({ from: "2026-11-25", to: "2026-11-20" }, NOW)).toMatchObject({
      from: "2026-11-20",
      to: "2026-11-25",
    });
  });
});
