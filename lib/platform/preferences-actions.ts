"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "./db";
import { getActor } from "./session";
import { LOCALE_COOKIE, LOCALES } from "./i18n/messages";

const YEAR = 365 * 24 * 60 * 60;

/** Switches the UI language: remembered on the user's account and in a cookie (for sign-in). */
export async function setLocale(input: { locale: string }): Promise<{ ok: boolean }> {
  const parsed = z.object({ locale: z.enum(LOCALES) }).safeParse(input);
  if (!parsed.success) return { ok: false };
  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  const actor = await getActor();
  if (actor) {
    await db.user.update({ where: { id: actor.id }, data: { locale: parsed.data.locale } });
  }
  return { ok: true };
}
