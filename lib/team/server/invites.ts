import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { hashPassword } from "@/lib/platform/passwords";
import { isStoreScoped, parsePermissionList } from "@/lib/platform/permissions";
import { checkRoleGrant, storesWithin } from "../domain/grants";
import type { AcceptInviteInput, CreateInviteInput } from "../schemas";
import { granterOf, throwRefusal } from "./grant-context";
import { hashLinkToken, newLinkToken } from "./tokens";

export type LinkState = "valid" | "expired" | "used";

/**
 * Creates a single-use invite link. The invitee gets the role (or custom role) and stores
 * given here, which the inviter must be allowed to grant. Only the token's hash is stored.
 */
export async function createInvite(
  db: Db,
  actor: Actor,
  input: CreateInviteInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ token: string; path: string; expiresAt: Date }> {
  const custom = input.customRoleId
    ? await db.customRole.findUnique({ where: { id: input.customRoleId } })
    : null;
  if (input.customRoleId && !custom) {
    throw new AppError("validation", "Unknown role.", {
      fields: { customRoleId: ["Unknown role."] },
    });
  }
  const role = custom?.baseRole ?? input.role;
  throwRefusal(
    checkRoleGrant(
      granterOf(actor),
      null,
      role,
      custom ? parsePermissionList(custom.permissions) : undefined,
    ),
  );
  if (!storesWithin(actor.storeIds, input.storeIds))
    throw new AppError("not_found", "No such store.");
  if (isStoreScoped(role) && input.storeIds.length === 0) {
    throw new AppError("validation", "Pick at least one store.", {
      fields: { storeIds: ["Pick at least one store."] },
    });
  }
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "Someone already has this email.", {
      fields: { email: ["Someone already has this email."] },
    });
  }
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + input.expiresInHours * 3_600_000);
  await db.$transaction(async (tx) => {
    const invite = await tx.staffInvite.create({
      data: {
        tokenHash,
        email: input.email,
        role,
        customRoleId: custom?.id ?? null,
        storeIds: JSON.stringify(input.storeIds),
        createdById: actor.id,
        expiresAt,
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "invite.create",
        entityType: "StaffInvite",
        entityId: invite.id,
        storeId: input.storeIds[0] ?? null,
        after: {
          email: input.email,
          role,
          customRole: custom?.name ?? null,
          storeIds: input.storeIds,
          expiresAt,
        },
      },
      meta,
    );
  });
  return { token, path: `/invite/${token}`, expiresAt };
}

/** What the link page shows before the form: whose link it is and whether it still works. */
export async function findLink(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ kind: "INVITE" | "RESET"; email: string; state: LinkState } | null> {
  const link = await db.staffInvite.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link) return null;
  const state: LinkState =
    link.usedAt || link.revokedAt ? "used" : link.expiresAt <= now ? "expired" : "valid";
  return { kind: link.kind === "RESET" ? "RESET" : "INVITE", email: link.email, state };
}

/** Claims a link of a kind once: refuses unknown, used, revoked or expired links. */
export async function claimLink(
  tx: Prisma.TransactionClient,
  token: string,
  kind: "INVITE" | "RESET",
  now: Date,
) {
  const link = await tx.staffInvite.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || link.kind !== kind) throw new AppError("not_found", "This link is not valid.");
  if (link.usedAt || link.revokedAt) {
    throw new AppError("conflict", "This link has already been used.", { reason: "used" });
  }
  if (link.expiresAt <= now)
    throw new AppError("conflict", "This link has expired.", { reason: "expired" });
  const claimed = await tx.staffInvite.updateMany({
    where: { id: link.id, usedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count !== 1)
    throw new AppError("conflict", "This link has already been used.", { reason: "used" });
  return link;
}

/**
 * Turns an invite into an account: the invitee chooses their name and password; the link is
 * spent in the same transaction, so it works exactly once.
 */
export async function acceptInvite(
  db: Db,
  input: AcceptInviteInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const link = await claimLink(tx, input.token, "INVITE", now);
    if (!link.role) throw new AppError("conflict", "This invite has no role.");
    if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) {
      throw new AppError("conflict", "An account with this email already exists.");
    }
    const storeIds = JSON.parse(link.storeIds) as string[];
    const stores = await tx.store.findMany({
      where: { id: { in: storeIds } },
      select: { id: true },
    });
    const user = await tx.user.create({
      data: {
        email: link.email,
        name: input.name,
        passwordHash,
        role: link.role,
        customRoleId: link.customRoleId,
        stores: { create: stores.map((s) => ({ storeId: s.id })) },
      },
    });
    await tx.staffInvite.update({ where: { id: link.id }, data: { userId: user.id } });
    const self: Actor = {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: null,
      storeIds: null,
    };
    await recordAudit(
      tx,
      self,
      {
        action: "invite.accept",
        entityType: "User",
        entityId: user.id,
        storeId: stores[0]?.id ?? null,
        after: {
          email: user.email,
          name: user.name,
          role: user.role,
          storeIds: stores.map((s) => s.id),
        },
      },
      meta,
    );
    return { userId: user.id, email: user.email };
  });
}
