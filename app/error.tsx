"use client";

import { useI18n } from "@/components/providers/i18n-provider";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main className="status-page" role="alert">
      <h1>{t("error.generic.title")}</h1>
      <p className="muted">{t("error.generic.body")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("error.retry")}
      </button>
    </main>
  );
}
