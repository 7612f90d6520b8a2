import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TrainingItemInput } from "../schemas";
import { staffVisibleTo } from "./scope";

export type TrainingItemRow = {
  id: string;
  role: Role;
  titleZh: string;
  titleEn: string;
  done: boolean;
};

// Staff this new, who have not ticked anything yet, land on their checklist when they sign in.
const NEW_STAFF_DAYS = 14;

/** Whether the actor is new staff with training open and none of it started. */
export async function needsTrainingWelcome(db: Db, actor: Actor, now = new Date()) {
  const since = new Date(now.getTime() - NEW_STAFF_DAYS * 86_400_000);
  const [user, open, done] = await Promise.all([
    db.user.findFirst({ where: { id: actor.id, createdAt: { gte: since } }, select: { id: true } }),
    db.trainingItem.count({ where: { role: actor.role, active: true } }),
    db.trainingCompletion.count({ where: { userId: actor.id } }),
  ]);
  return user !== null && open > 0 && done === 0;
}

/** The actor's own checklist (their role's active items), with what they have completed. */
export async function findOwnTraining(db: Db, actor: Actor): Promise<TrainingItemRow[]> {
  const items = await db.trainingItem.findMany({
    where: { role: actor.role, active: true },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    include: { completions: { where: { userId: actor.id }, select: { userId: true } } },
  });
  return items.map((i) => ({
    id: i.id,
    role: i.role,
    titleZh: i.titleZh,
    titleEn: i.titleEn,
    done: i.completions.length > 0,
  }));
}

/** Marks one of the actor's own items done or not done. */
export async function setOwnTrainingDone(
  db: Db,
  actor: Actor,
  itemId: string,
  done: boolean,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    const item = await tx.trainingItem.findFirst({
      where: { id: itemId, role: actor.role, active: true },
    });
    if (!item) throw new AppError("not_found", "No such training item.");
    if (done) {
      await tx.trainingCompletion.upsert({
        where: { userId_itemId: { userId: actor.id, itemId } },
        create: { userId: actor.id, itemId },
        update: {},
      });
    } else {
      await tx.trainingCompletion.deleteMany({ where: { userId: actor.id, itemId } });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: done ? "training.complete" : "training.reopen",
        entityType: "TrainingItem",
        entityId: itemId,
        after: { title: item.titleEn, done },
      },
      meta,
    );
    return { itemId, done };
  });
}

/** Adds an item to a role's checklist. */
export async function addTrainingItem(
  db: Db,
  actor: Actor,
  input: TrainingItemInput,
  meta?: RequestMeta,
) {
  if (actor.storeIds !== null && input.role !== "STORE_STAFF")
    throw new AppError("forbidden", "Store managers keep the store staff checklist only.");
  return db.$transaction(async (tx) => {
    const count = await tx.trainingItem.count({ where: { role: input.role } });
    const item = await tx.trainingItem.create({ data: { ...input, sortOrder: count } });
    await recordAudit(
      tx,
      actor,
      { action: "training.add", entityType: "TrainingItem", entityId: item.id, after: input },
      meta,
    );
    return { id: item.id };
  });
}

/** Retires an item (kept for the record of who completed it). */
export async function retireTrainingItem(db: Db, actor: Actor, itemId: string, meta?: RequestMeta) {
  return db.$transaction(async (tx) => {
    const item = await tx.trainingItem.findFirst({
      where: {
        id: itemId,
        active: true,
        ...(actor.storeIds !== null ? { role: "STORE_STAFF" as const } : {}),
      },
    });
    if (!item) throw new AppError("not_found", "No such training item.");
    await tx.trainingItem.update({ where: { id: itemId }, data: { active: false } });
    await recordAudit(
      tx,
      actor,
      {
        action: "training.retire",
        entityType: "TrainingItem",
        entityId: itemId,
        before: { title: item.titleEn },
      },
      meta,
    );
    return { id: itemId };
  });
}

export type TrainingProgress = {
  userId: string;
  name: string;
  role: Role;
  done: number;
  total: number;
};

/** Every active checklist item and, per visible person, how much of their role's list is done. */
export async function findTrainingOverview(db: Db, actor: Actor) {
  const [items, people] = await Promise.all([
    db.trainingItem.findMany({
      where: { active: true },
      orderBy: [{ role: "asc" }, { sortOrder: "asc" }],
    }),
    db.user.findMany({
      where: { disabledAt: null, ...staffVisibleTo(actor) },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        role: true,
        trainingCompletions: { where: { item: { active: true } }, select: { itemId: true } },
      },
    }),
  ]);
  const progress: TrainingProgress[] = people.map((p) => {
    const own = items.filter((i) => i.role === p.role);
    const done = own.filter((i) => p.trainingCompletions.some((c) => c.itemId === i.id)).length;
    return { userId: p.id, name: p.name, role: p.role, done, total: own.length };
  });
  return {
    items: items.map((i) => ({ id: i.id, role: i.role, titleZh: i.titleZh, titleEn: i.titleEn })),
    progress,
  };
}
