import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { db } from "./db";
import { actorCan, loadActor, type Actor } from "./actor";
import type { Permission } from "./permissions";

/** The signed-in actor of this request, or null; read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadActor(db, { userId: session.uid, sessionVersion: session.sv });
});

/** The path and query of the current request, as set by proxy.ts. */
export async function currentPath(): Promise<string> {
  return (await headers()).get("x-current-path") ?? "/";
}

/**
 * Guard for pages: a signed-out (or revoked) visitor goes to sign-in and comes back afterwards;
 * a signed-in actor without the permission gets the 403 page.
 */
export async function requirePagePermission(permission: Permission | null): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(await currentPath())}`);
  }
  if (permission && !actorCan(actor, permission)) forbidden();
  return actor;
}
