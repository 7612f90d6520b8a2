"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { setLocale } from "@/lib/platform/preferences-actions";
import { LOCALES, type Locale } from "@/lib/platform/i18n/messages";

const LABELS: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

/** Switches between Chinese and English; the choice is saved for the user. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-field">
      <span className="sr-only">{t("shell.language")}</span>
      <select
        aria-label={t("shell.language")}
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocale({ locale: next });
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LABELS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
