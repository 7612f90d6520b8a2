import "server-only";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { isAvailable } from "../domain/assignment";
import { assignBacklog } from "./backlog";
import { onDutyIds, onRota, openLoads } from "./assign";

const DEFAULT_CAPACITY = 8;

export type AgentBoardRow = {
  userId: string;
  name: string;
  online: boolean;
  onDuty: boolean;
  onRota: boolean;
  /** Online and (on duty or without a rota): receives auto-assigned tickets. */
  available: boolean;
  capacity: number;
  openTickets: number;
};

/** Support agents and supervisors with their availability, load and capacity. */
export async function findAgentBoard(db: Db, now = new Date()): Promise<AgentBoardRow[]> {
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({
      where: { disabledAt: null, role: { in: ["SUPPORT_AGENT", "SUPERVISOR"] } },
      select: { id: true, name: true, supportAgent: { select: { online: true, capacity: true } } },
      orderBy: { name: "asc" },
    });
    const [loads, duty, rota] = await Promise.all([
      openLoads(tx),
      onDutyIds(tx, null),
      onRota(
        tx,
        users.map((u) => u.id),
        now,
      ),
    ]);
    return users.map((u) => {
      const facts = {
        online: u.supportAgent?.online ?? false,
        onDuty: duty.has(u.id),
        onRota: rota.has(u.id),
      };
      return {
        userId: u.id,
        name: u.name,
        ...facts,
        available: isAvailable(facts),
        capacity: u.supportAgent?.capacity ?? DEFAULT_CAPACITY,
        openTickets: loads.get(u.id) ?? 0,
      };
    });
  });
}

/** The actor's own availability row (null = never went online). */
export async function findOwnAvailability(db: Db, actor: Actor) {
  return db.supportAgent.findUnique({
    where: { userId: actor.id },
    select: { online: true, capacity: true },
  });
}

/**
 * The actor goes online (takes new tickets; waiting unassigned tickets are handed out at once)
 * or away (keeps their tickets, gets no new ones). Audited.
 */
export async function setOwnAvailability(
  db: Db,
  actor: Actor,
  input: { online: boolean },
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ online: boolean; assigned: number }> {
  if (actor.role !== "SUPPORT_AGENT" && actor.role !== "SUPERVISOR") {
    throw new AppError("forbidden", "Only support agents and supervisors take tickets.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.supportAgent.findUnique({ where: { userId: actor.id } });
    await tx.supportAgent.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, online: input.online },
      update: { online: input.online },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: input.online ? "support.agent_online" : "support.agent_away",
        entityType: "SupportAgent",
        entityId: actor.id,
        before: before ? { online: before.online } : null,
        after: { online: input.online },
      },
      meta,
    );
    const assigned = input.online ? await assignBacklog(tx, now) : 0;
    return { online: input.online, assigned };
  });
}

/** A supervisor sets an agent's capacity (open tickets they may hold). Audited. */
export async function setAgentCapacity(
  db: Db,
  actor: Actor,
  input: { userId: string; capacity: number },
  meta?: RequestMeta,
): Promise<{ userId: string; capacity: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, disabledAt: null, role: { in: ["SUPPORT_AGENT", "SUPERVISOR"] } },
      select: { id: true, supportAgent: { select: { capacity: true } } },
    });
    if (!user) throw new AppError("not_found", "No such support agent.");
    await tx.supportAgent.upsert({
      where: { userId: user.id },
      create: { userId: user.id, capacity: input.capacity },
      update: { capacity: input.capacity },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "support.agent_capacity",
        entityType: "SupportAgent",
        entityId: user.id,
        before: { capacity: user.supportAgent?.capacity ?? DEFAULT_CAPACITY },
        after: { capacity: input.capacity },
      },
      meta,
    );
    return { userId: user.id, capacity: input.capacity };
  });
}
