import "server-only";
import { db } from "@/lib/platform/db";
import type { Db } from "@/lib/platform/db-client";
import { articleBody, articleSearchText, articleTitle, toBilingual } from "../domain/article";
import { buildIndex, search } from "../domain/bm25";
import { parseLabels } from "./inbox-queries";

export type Suggestion =
  | { kind: "article"; id: string; title: string; body: string; score: number }
  | { kind: "ticket"; id: string; code: string; title: string; body: string; score: number };

/**
 * Live articles and past resolved tickets ranked by BM25 against the conversation. The corpus
 * is small (the knowledge base plus recent resolved tickets with their agent replies), so the
 * index is built per request and an article edit counts from the next request; retired
 * articles are left out. The agent's answer in a past ticket is the suggested reply.
 */
export async function suggestFor(
  conversation: string,
  excludeTicketId: string,
  limit = 3,
  locale = "zh-CN",
  client: Db = db,
): Promise<Suggestion[]> {
  const [rows, past] = await Promise.all([
    client.knowledgeArticle.findMany({
      where: { retiredAt: null },
      select: {
        id: true,
        locale: true,
        title: true,
        body: true,
        altTitle: true,
        altBody: true,
        tags: true,
      },
    }),
    client.ticket.findMany({
      where: {
        status: { in: ["RESOLVED", "CLOSED"] },
        id: { not: excludeTicketId },
        mergedIntoId: null,
      },
      orderBy: { resolvedAt: "desc" },
      take: 300,
      select: {
        id: true,
        code: true,
        subject: true,
        messages: {
          where: { internal: false },
          orderBy: { createdAt: "asc" },
          select: { authorType: true, body: true },
        },
      },
    }),
  ]);
  const articles = rows.map((r) => {
    const b = toBilingual(r);
    return {
      id: r.id,
      title: articleTitle(b, locale),
      body: articleBody(b, locale),
      text: articleSearchText({ ...r, tags: parseLabels(r.tags) }),
    };
  });
  const docs = [
    ...articles.map((a) => ({ id: `a:${a.id}`, text: a.text })),
    ...past.map((p) => ({
      id: `t:${p.id}`,
      text: [
        p.subject,
        ...p.messages.filter((m) => m.authorType === "CUSTOMER").map((m) => m.body),
      ].join("\n"),
    })),
  ];
  const hits = search(buildIndex(docs), conversation, limit);
  return hits.flatMap((h): Suggestion[] => {
    if (h.id.startsWith("a:")) {
      const a = articles.find((x) => `a:${x.id}` === h.id);
      return a ? [{ kind: "article", id: a.id, title: a.title, body: a.body, score: h.score }] : [];
    }
    const p = past.find((x) => `t:${x.id}` === h.id);
    const reply = p?.messages.find((m) => m.authorType === "AGENT")?.body;
    return p && reply
      ? [{ kind: "ticket", id: p.id, code: p.code, title: p.subject, body: reply, score: h.score }]
      : [];
  });
}
