"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import {
  changePasswordSchema,
  createInviteSchema,
  customRoleSchema,
  deleteCustomRoleSchema,
  setUserDisabledSchema,
  updateProfileSchema,
  updateStaffSchema,
  userIdSchema,
} from "../schemas";
import { setUserDisabled } from "./mutations";
import { createInvite } from "./invites";
import { changeOwnPassword, createResetLink } from "./passwords";
import { updateOwnProfile } from "./profile";
import { deleteCustomRole, saveCustomRole } from "./roles";
import { updateStaff } from "./staff";

/** Disables (signing them out everywhere) or re-enables a staff member. */
export const setUserDisabledAction = defineAction(
  "team.manage",
  setUserDisabledSchema,
  async (actor, input, meta) => {
    const result = await setUserDisabled(db, actor, input, meta);
    revalidatePath("/team");
    return result;
  },
);

/** Creates an invite link; the token is shown once to the inviter. */
export const createInviteAction = defineAction(
  "team.manage",
  createInviteSchema,
  async (actor, input, meta) => {
    const link = await createInvite(db, actor, input, meta);
    revalidatePath("/team");
    return { path: link.path, expiresAt: link.expiresAt.toISOString() };
  },
);

/** Makes a password reset link for a staff member. */
export const createResetLinkAction = defineAction(
  "team.manage",
  userIdSchema,
  async (actor, input, meta) => {
    const link = await createResetLink(db, actor, input.userId, meta);
    return { path: link.path, expiresAt: link.expiresAt.toISOString() };
  },
);

/** Sets a staff member's name, role, stores and scope. */
export const updateStaffAction = defineAction(
  "team.manage",
  updateStaffSchema,
  async (actor, input, meta) => {
    const result = await updateStaff(db, actor, input, meta);
    revalidatePath("/team");
    return result;
  },
);

/** Creates or edits a custom role. */
export const saveCustomRoleAction = defineAction(
  "team.manage",
  customRoleSchema,
  async (actor, input, meta) => {
    const result = await saveCustomRole(db, actor, input, meta);
    revalidatePath("/team/roles");
    return result;
  },
);

/** Deletes a custom role nobody holds. */
export const deleteCustomRoleAction = defineAction(
  "team.manage",
  deleteCustomRoleSchema,
  async (actor, input, meta) => {
    const result = await deleteCustomRole(db, actor, input.id, meta);
    revalidatePath("/team/roles");
    return result;
  },
);

/** The signed-in person edits their own name, phone and language. */
export const updateProfileAction = defineAction(
  null,
  updateProfileSchema,
  async (actor, input, meta) => {
    const result = await updateOwnProfile(db, actor, input, meta);
    revalidatePath("/", "layout");
    return result;
  },
);

/** The signed-in person changes their password (and signs in again). */
export const changePasswordAction = defineAction(null, changePasswordSchema, (actor, input, meta) =>
  changeOwnPassword(db, actor, input, meta),
);
