import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { actorHasStore, type Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import type { ScheduleShiftInput } from "../schemas";
import { staffVisibleTo } from "./scope";

// A shift may be clocked into this long before it starts.
const EARLY_CLOCK_IN_MS = 30 * 60_000;

/** Couriers an actor may schedule: all for platform-wide roles, else those homed in their stores. */
function couriersVisibleTo(actor: Actor) {
  return actor.storeIds === null ? {} : { homeZone: { storeId: { in: actor.storeIds } } };
}

/** Schedules a shift for a staff member or a courier the actor manages; audited. */
export async function scheduleShift(
  db: Db,
  actor: Actor,
  input: ScheduleShiftInput,
  meta?: RequestMeta,
) {
  if (input.storeId && !actorHasStore(actor, input.storeId))
    throw new AppError("not_found", "No such store.");
  return db.$transaction(async (tx) => {
    let id: string;
    if (input.kind === "STAFF") {
      const user = await tx.user.findFirst({
        where: { id: input.personId, disabledAt: null, ...staffVisibleTo(actor) },
      });
      if (!user) throw new AppError("not_found", "No such staff member.");
      const storeId = input.storeId ?? actor.storeIds?.[0] ?? null;
      id = (
        await tx.staffShift.create({
          data: { userId: user.id, storeId, startsAt: input.startsAt, endsAt: input.endsAt },
        })
      ).id;
    } else {
      const courier = await tx.courier.findFirst({
        where: { id: input.personId, active: true, ...couriersVisibleTo(actor) },
      });
      if (!courier) throw new AppError("not_found", "No such courier.");
      id = (
        await tx.courierShift.create({
          data: { courierId: courier.id, startsAt: input.startsAt, endsAt: input.endsAt },
        })
      ).id;
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "shift.schedule",
        entityType: input.kind === "STAFF" ? "StaffShift" : "CourierShift",
        entityId: id,
        storeId: input.storeId,
        after: input,
      },
      meta,
    );
    return { id };
  });
}

/** Removes a shift nobody has clocked into yet. */
export async function deleteShift(
  db: Db,
  actor: Actor,
  kind: "STAFF" | "COURIER",
  id: string,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    const removed =
      kind === "STAFF"
        ? await tx.staffShift.deleteMany({
            where: { id, clockInAt: null, user: staffVisibleTo(actor) },
          })
        : await tx.courierShift.deleteMany({
            where: { id, clockInAt: null, courier: couriersVisibleTo(actor) },
          });
    if (removed.count !== 1) throw new AppError("not_found", "No such shift, or it has started.");
    await recordAudit(
      tx,
      actor,
      {
        action: "shift.delete",
        entityType: kind === "STAFF" ? "StaffShift" : "CourierShift",
        entityId: id,
      },
      meta,
    );
    return { id };
  });
}

/** Clocks the actor into their current shift (from 30 minutes before it starts), or out of it. */
export async function clockOwnShift(
  db: Db,
  actor: Actor,
  direction: "IN" | "OUT",
  meta?: RequestMeta,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const shift =
      direction === "IN"
        ? await tx.staffShift.findFirst({
            where: {
              userId: actor.id,
              clockInAt: null,
              startsAt: { lte: new Date(now.getTime() + EARLY_CLOCK_IN_MS) },
              endsAt: { gt: now },
            },
            orderBy: { startsAt: "asc" },
          })
        : await tx.staffShift.findFirst({
            where: { userId: actor.id, clockInAt: { not: null }, clockOutAt: null },
          });
    if (!shift) {
      throw new AppError(
        "conflict",
        direction === "IN" ? "You have no shift starting now." : "You are not clocked in.",
      );
    }
    await tx.staffShift.update({
      where: { id: shift.id },
      data: direction === "IN" ? { clockInAt: now } : { clockOutAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: direction === "IN" ? "shift.clock_in" : "shift.clock_out",
        entityType: "StaffShift",
        entityId: shift.id,
        storeId: shift.storeId,
        after: { at: now },
      },
      meta,
    );
    return { id: shift.id };
  });
}

export type OnDutyStaff = {
  userId: string;
  name: string;
  role: Role;
  storeId: string | null;
  clockInAt: Date;
  endsAt: Date;
};

/**
 * Staff on duty now: clocked into a shift and not yet out, account active. Filter by role
 * and by store (a shift without a store counts for every store). Used for auto-assignment.
 */
export async function findOnDutyStaff(
  db: Db,
  filter: { role?: OnDutyStaff["role"]; storeId?: string | null } = {},
): Promise<OnDutyStaff[]> {
  const shifts = await db.staffShift.findMany({
    where: {
      clockInAt: { not: null },
      clockOutAt: null,
      user: { disabledAt: null, ...(filter.role ? { role: filter.role } : {}) },
      ...(filter.storeId ? { OR: [{ storeId: filter.storeId }, { storeId: null }] } : {}),
    },
    orderBy: { clockInAt: "asc" },
    select: {
      userId: true,
      storeId: true,
      clockInAt: true,
      endsAt: true,
      user: { select: { name: true, role: true } },
    },
  });
  const seen = new Set<string>();
  return shifts.flatMap((s) => {
    if (seen.has(s.userId) || !s.clockInAt) return [];
    seen.add(s.userId);
    return [
      {
        userId: s.userId,
        name: s.user.name,
        role: s.user.role,
        storeId: s.storeId,
        clockInAt: s.clockInAt,
        endsAt: s.endsAt,
      },
    ];
  });
}

export type ShiftRow = {
  id: string;
  kind: "STAFF" | "COURIER";
  personName: string;
  storeId: string | null;
  startsAt: Date;
  endsAt: Date;
  clockInAt: Date | null;
  clockOutAt: Date | null;
};

/** Staff and courier shifts overlapping a window, that the actor may see. */
export async function findShifts(db: Db, actor: Actor, from: Date, to: Date): Promise<ShiftRow[]> {
  const overlap = { startsAt: { lt: to }, endsAt: { gt: from } };
  const [staff, couriers] = await Promise.all([
    db.staffShift.findMany({
      where: { ...overlap, user: staffVisibleTo(actor) },
      orderBy: { startsAt: "asc" },
      take: 500,
      include: { user: { select: { name: true } } },
    }),
    db.courierShift.findMany({
      where: { ...overlap, courier: couriersVisibleTo(actor) },
      orderBy: { startsAt: "asc" },
      take: 500,
      include: { courier: { select: { name: true } } },
    }),
  ]);
  return [
    ...staff.map((s) => ({
      id: s.id,
      kind: "STAFF" as const,
      personName: s.user.name,
      storeId: s.storeId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      clockInAt: s.clockInAt,
      clockOutAt: s.clockOutAt,
    })),
    ...couriers.map((s) => ({
      id: s.id,
      kind: "COURIER" as const,
      personName: s.courier.name,
      storeId: null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      clockInAt: s.clockInAt,
      clockOutAt: s.clockOutAt,
    })),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** People the actor can put on a shift. */
export async function findSchedulable(db: Db, actor: Actor) {
  const [staff, couriers] = await Promise.all([
    db.user.findMany({
      where: { disabledAt: null, ...staffVisibleTo(actor) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.courier.findMany({
      where: { active: true, ...couriersVisibleTo(actor) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { staff, couriers };
}

/** Whether the actor is clocked in right now. */
export async function findOwnShiftState(db: Db, actor: Actor): Promise<{ clockedIn: boolean }> {
  const open = await db.staffShift.findFirst({
    where: { userId: actor.id, clockInAt: { not: null }, clockOutAt: null },
    select: { id: true },
  });
  return { clockedIn: open !== null };
}
