"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";

/**
 * Downloads a streamed CSV export, counting rows as they arrive against the total the server
 * announces, so a large export shows progress instead of a frozen button.
 */
export function ExportButton({ href, total }: { href: string; total: number }) {
  const { t } = useI18n();
  const [done, setDone] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setFailed(false);
    setDone(0);
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: BlobPart[] = [];
      let lines = 0;
      for (;;) {
        const { done: end, value } = await reader.read();
        if (end) break;
        chunks.push(value);
        for (const byte of value) if (byte === 10) lines++;
        setDone(Math.max(0, lines - 1));
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: "text/csv" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = "orders.csv";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <span>
      <button type="button" className="button" onClick={run} data-testid="export-orders">
        {t("analytics.export.orders")}
      </button>{" "}
      {done !== null ? (
        <span className="muted" data-testid="export-progress">
          {t("analytics.export.progress", { done, total })}
        </span>
      ) : null}
      {failed ? <span role="alert">{t("analytics.export.failed")}</span> : null}
    </span>
  );
}
