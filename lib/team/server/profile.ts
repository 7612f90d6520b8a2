import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import type { UpdateProfileInput } from "../schemas";

export type OwnProfile = { name: string; email: string; phone: string; locale: string | null };

/** The actor's own editable profile. */
export async function getOwnProfile(db: Db, actor: Actor): Promise<OwnProfile> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, phone: true, locale: true },
  });
  return { ...user, phone: user.phone ?? "" };
}

/** Updates the actor's own name, phone and language (never role or stores), audited. */
export async function updateOwnProfile(
  db: Db,
  actor: Actor,
  input: UpdateProfileInput,
  meta?: RequestMeta,
): Promise<OwnProfile> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true, phone: true, locale: true },
    });
    const after = await tx.user.update({
      where: { id: actor.id },
      data: { name: input.name, phone: input.phone || null, locale: input.locale },
      select: { name: true, email: true, phone: true, locale: true },
    });
    await recordAudit(
      tx,
      actor,
      { action: "user.profile", entityType: "User", entityId: actor.id, before, after: input },
      meta,
    );
    return { ...after, phone: after.phone ?? "" };
  });
}
