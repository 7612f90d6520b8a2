import "server-only";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { fromBilingual, toBilingual, type BilingualArticle } from "../domain/article";
import type { ArticleInput } from "../schemas";
import { parseLabels } from "./inbox-queries";

export type ArticleRow = BilingualArticle & {
  id: string;
  tags: string[];
  retired: boolean;
  updatedAt: Date;
};

const select = {
  id: true,
  locale: true,
  title: true,
  body: true,
  altTitle: true,
  altBody: true,
  tags: true,
  retiredAt: true,
  updatedAt: true,
} as const;

/** Every article, live ones first, most recently edited first. */
export async function findArticles(db: Db): Promise<ArticleRow[]> {
  const rows = await db.knowledgeArticle.findMany({
    select,
    orderBy: [{ updatedAt: "desc" }],
  });
  return rows
    .map((r) => ({
      id: r.id,
      ...toBilingual(r),
      tags: parseLabels(r.tags),
      retired: r.retiredAt !== null,
      updatedAt: r.updatedAt,
    }))
    .sort((a, b) => Number(a.retired) - Number(b.retired));
}

/** Creates or edits an article (both languages, tags); suggestions use it at once. Audited. */
export async function saveArticle(
  db: Db,
  actor: Actor,
  input: ArticleInput,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  const data = { ...fromBilingual(input), tags: JSON.stringify(input.tags), updatedById: actor.id };
  return db.$transaction(async (tx) => {
    let before: unknown = null;
    let id: string;
    if (input.id) {
      const found = await tx.knowledgeArticle.findUnique({ where: { id: input.id }, select });
      if (!found) throw new AppError("not_found", "No such article.");
      before = { ...toBilingual(found), tags: parseLabels(found.tags) };
      id = (await tx.knowledgeArticle.update({ where: { id: found.id }, data })).id;
    } else {
      id = (await tx.knowledgeArticle.create({ data })).id;
    }
    await recordAudit(
      tx,
      actor,
      {
        action: input.id ? "support.article_update" : "support.article_create",
        entityType: "KnowledgeArticle",
        entityId: id,
        before,
        after: { ...toBilingual(data), tags: input.tags },
      },
      meta,
    );
    return { id };
  });
}

/** Retires an article (it leaves the suggestions) or brings it back. Audited. */
export async function retireArticle(
  db: Db,
  actor: Actor,
  input: { id: string; retired: boolean },
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string; retired: boolean }> {
  return db.$transaction(async (tx) => {
    const found = await tx.knowledgeArticle.findUnique({
      where: { id: input.id },
      select: { id: true, retiredAt: true },
    });
    if (!found) throw new AppError("not_found", "No such article.");
    await tx.knowledgeArticle.update({
      where: { id: found.id },
      data: { retiredAt: input.retired ? (found.retiredAt ?? now) : null, updatedById: actor.id },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: input.retired ? "support.article_retire" : "support.article_restore",
        entityType: "KnowledgeArticle",
        entityId: found.id,
        before: { retired: found.retiredAt !== null },
        after: { retired: input.retired },
      },
      meta,
    );
    return { id: found.id, retired: input.retired };
  });
}
