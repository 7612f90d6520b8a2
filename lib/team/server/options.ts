import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { ROLES } from "@/lib/platform/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/platform/i18n/messages";
import { checkRoleGrant } from "../domain/grants";
import { granterOf } from "./grant-context";
import { findCustomRoles } from "./roles";
import { staffVisibleTo } from "./scope";

export type Option = { id: string; label: string };

/** Built-in roles the actor may hand out, and custom roles within their permissions. */
export async function findGrantableRoles(
  actor: Actor,
): Promise<{ roles: Role[]; customRoles: Option[] }> {
  const granter = granterOf(actor);
  const roles = ROLES.filter((r) => checkRoleGrant(granter, null, r) === null);
  const custom = await findCustomRoles(db);
  const customRoles = custom
    .filter((c) => checkRoleGrant(granter, null, c.baseRole, c.permissions) === null)
    .map((c) => ({ id: c.id, label: c.name }));
  return { roles, customRoles };
}

/** The actor's stores as labelled options. */
export async function findStoreChoices(actor: Actor, locale: Locale): Promise<Option[]> {
  const stores = await db.store.findMany({
    where: actor.storeIds === null ? {} : { id: { in: actor.storeIds } },
    select: { id: true, code: true, nameZh: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return stores.map((s) => ({
    id: s.id,
    label: `${s.code} ${locale === "en" ? s.nameEn : s.nameZh}`,
  }));
}

/** Zones (with their store code) for the zone scope picker. */
export async function findZoneChoices(): Promise<Option[]> {
  const zones = await db.zone.findMany({
    where: { active: true },
    select: { id: true, name: true, store: { select: { code: true } } },
    orderBy: { name: "asc" },
  });
  return zones.map((z) => ({ id: z.id, label: z.store ? `${z.store.code} · ${z.name}` : z.name }));
}

export type StaffDetail = {
  id: string;
  name: string;
  email: string;
  role: Role;
  customRoleId: string | null;
  storeIds: string[];
  brands: string[];
  zoneIds: string[];
  disabled: boolean;
};

/** One staff member the actor may manage, for the edit page; null reads as not found. */
export async function findStaffDetail(actor: Actor, id: string): Promise<StaffDetail | null> {
  const user = await db.user.findFirst({
    where: { id, ...staffVisibleTo(actor) },
    include: { stores: { select: { storeId: true } }, scopes: true },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    customRoleId: user.customRoleId,
    storeIds: user.stores.map((s) => s.storeId),
    brands: user.scopes.filter((s) => s.kind === "BRAND").map((s) => s.value),
    zoneIds: user.scopes.filter((s) => s.kind === "ZONE").map((s) => s.value),
    disabled: user.disabledAt !== null,
  };
}
