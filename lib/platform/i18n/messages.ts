import { zhCN } from "./zh-cn";
import { en } from "./en";

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

const CATALOGUES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

/** The message catalogue of a locale. */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** Narrows any string to a supported locale, or null. */
export function asLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  if (value === "en" || value.toLowerCase().startsWith("en")) return "en";
  if (value.toLowerCase().startsWith("zh")) return "zh-CN";
  return null;
}

/**
 * The locale to show: the user's saved choice, then the cookie, then the browser's
 * Accept-Language (by preference order), then Chinese.
 */
export function resolveLocale(input: {
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  const saved = asLocale(input.userLocale) ?? asLocale(input.cookie);
  if (saved) return saved;
  const ranked = (input.acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const locale = asLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** Looks up a message and fills `{name}` placeholders. */
export function translate(
  messages: Messages,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  const template = messages[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** A translator bound to one locale, as passed from server pages to their components. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
