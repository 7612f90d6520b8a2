import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createStore, createUser } from "@/lib/testing/fixtures";
import { type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { articleSchema } from "../schemas";
import { findAgentBoard, setAgentCapacity, setOwnAvailability } from "./agents";
import { retireArticle, saveArticle } from "./knowledge";
import { openTicket } from "./open-ticket";
import { suggestFor } from "./suggestions";

let t: TestDb;
let agent: Actor;
let supervisor: Actor;
let storeId: string;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  agent = await createActor(t.db, "SUPPORT_AGENT");
  supervisor = await createActor(t.db, "SUPERVISOR");
});
afterAll(() => t.cleanup());

describe("agent availability", () => {
  it("going online hands out waiting tickets up to capacity, audited; away keeps them", async () => {
    for (let i = 0; i < 3; i++) {
      await t.db.$transaction((tx) =>
        openTicket(tx, { source: "STAFF", subject: `w${i}`, storeId }, NOW),
      );
    }
    await t.db.supportAgent.create({ data: { userId: agent.id, online: false, capacity: 2 } });
    const r = await setOwnAvailability(t.db, agent, { online: true }, undefined, NOW);
    expect(r).toEqual({ online: true, assigned: 2 });
    expect(await t.db.ticket.count({ where: { assigneeId: agent.id } })).toBe(2);
    const board = await findAgentBoard(t.db, NOW);
    expect(board.find((a) => a.userId === agent.id)).toMatchObject({
      online: true,
      available: true,
      onRota: false,
      openTickets: 2,
      capacity: 2,
    });
    await setOwnAvailability(t.db, agent, { online: false }, undefined, NOW);
    expect(await t.db.ticket.count({ where: { assigneeId: agent.id } })).toBe(2);
    const audit = await t.db.auditLog.findMany({
      where: { entityType: "SupportAgent", actorId: agent.id },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "support.agent_away",
      "support.agent_online",
    ]);
  });

  it("lets a supervisor change an agent's capacity, audited with before and after", async () => {
    await setAgentCapacity(t.db, supervisor, { userId: agent.id, capacity: 5 });
    expect(
      (await t.db.supportAgent.findUniqueOrThrow({ where: { userId: agent.id } })).capacity,
    ).toBe(5);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "support.agent_capacity", entityId: agent.id },
    });
    expect(JSON.parse(audit.before ?? "{}")).toEqual({ capacity: 2 });
    const marketer = await createUser(t.db, { role: "MARKETER" });
    expect(
      await errorCodeOf(setAgentCapacity(t.db, supervisor, { userId: marketer.id, capacity: 3 })),
    ).toBe("not_found");
  });
});

describe("knowledge base", () => {
  it("gives field errors from the shared schema", () => {
    const r = articleSchema.safeParse({ titleZh: "只有标题", tags: ["ok"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["bodyZh"]);
    expect(articleSchema.safeParse({ tags: [] }).success).toBe(false);
  });

  it("suggests a new article at once, by either language, and drops it when retired", async () => {
    const ticket = await t.db.$transaction((tx) =>
      openTicket(tx, { source: "STAFF", subject: "x", storeId }, NOW),
    );
    const conversation = "my mango pudding arrived frozen solid";
    expect(await suggestFor(conversation, ticket.id, 3, "en", t.db)).toEqual([]);
    const { id } = await saveArticle(
      t.db,
      supervisor,
      articleSchema.parse({
        titleZh: "芒果布丁冻住了",
        bodyZh: "致歉并补偿。",
        titleEn: "Frozen mango pudding",
        bodyEn: "Apologise and offer a coupon.",
        tags: ["dessert"],
      }),
    );
    const en = await suggestFor(conversation, ticket.id, 3, "en", t.db);
    expect(en[0]).toMatchObject({ kind: "article", id, title: "Frozen mango pudding" });
    const zh = await suggestFor("芒果布丁冻住", ticket.id, 3, "zh-CN", t.db);
    expect(zh[0]).toMatchObject({ id, title: "芒果布丁冻住了" });
    // An edit counts at once too.
    await saveArticle(
      t.db,
      supervisor,
      articleSchema.parse({ id, titleEn: "Frozen dessert", bodyEn: "Offer a coupon.", tags: [] }),
    );
    expect((await suggestFor("mango pudding", ticket.id, 3, "en", t.db))[0]?.id).toBeUndefined();
    await saveArticle(
      t.db,
      supervisor,
      articleSchema.parse({ id, titleEn: "Frozen mango pudding", bodyEn: "Coupon.", tags: [] }),
    );
    await retireArticle(t.db, supervisor, { id, retired: true }, undefined, NOW);
    expect(await suggestFor(conversation, ticket.id, 3, "en", t.db)).toEqual([]);
    const actions = await t.db.auditLog.findMany({
      where: { entityType: "KnowledgeArticle", entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "support.article_create",
      "support.article_update",
      "support.article_update",
      "support.article_retire",
    ]);
  });
});
