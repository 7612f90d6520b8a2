"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import {
  translate,
  type Locale,
  type MessageKey,
  type Messages,
} from "@/lib/platform/i18n/messages";

type I18n = {
  locale: Locale;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
};

const I18nContext = createContext<I18n | null>(null);

/** Gives client components the request's locale and catalogue. */
export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const { locale, messages, children } = props;
  const value = useMemo<I18n>(
    () => ({ locale, t: (key, values) => translate(messages, key, values) }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator of the current locale. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
