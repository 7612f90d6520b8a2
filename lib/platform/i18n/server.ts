import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getActor } from "../session";
import {
  LOCALE_COOKIE,
  messagesFor,
  resolveLocale,
  translate,
  type Locale,
  type MessageKey,
} from "./messages";

/** The locale of this request: saved per user, else cookie, else the browser's languages. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [actor, cookieStore, h] = await Promise.all([getActor(), cookies(), headers()]);
  return resolveLocale({
    userLocale: actor?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get("accept-language"),
  });
});

/** A translator bound to this request's locale, for server components. */
export async function getTranslator() {
  const locale = await getLocale();
  const messages = messagesFor(locale);
  return {
    locale,
    messages,
    t: (key: MessageKey, values?: Record<string, string | number>) =>
      translate(messages, key, values),
  };
}
