"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { importMenuAction } from "@/lib/menu/server/actions";

/** Uploads a menu CSV; shows every bad row with its line, or what was imported. */
export function CsvImportForm(props: { storeId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [file, setFile] = useState<File | null>(null);
  const [skipBadRows, setSkip] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<[string, string[]][]>([]);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      data-testid="csv-import"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        start(async () => {
          const csv = await file.text();
          const result = await importMenuAction({ storeId: props.storeId, csv, skipBadRows });
          if (result.ok) {
            setErrors([]);
            setMessage(null);
            const held = result.data.pendingApproval;
            const summary = t("menu.csv.done", {
              created: result.data.created,
              updated: result.data.updated,
              skipped: result.data.skipped.length,
            });
            setDone(
              held > 0 ? `${summary} ${t("menu.csv.pendingApproval", { n: held })}` : summary,
            );
            router.refresh();
          } else {
            setDone(null);
            setMessage(result.fieldErrors ? t("menu.csv.errors") : result.message);
            setErrors(Object.entries(result.fieldErrors ?? {}));
          }
        });
      }}
    >
      <label>
        {t("menu.csv.file")}{" "}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>{" "}
      <label className="inline-field">
        <input type="checkbox" checked={skipBadRows} onChange={(e) => setSkip(e.target.checked)} />
        {t("menu.csv.skipBad")}
      </label>{" "}
      <button type="submit" className="button primary" disabled={pending || !file}>
        {t("menu.csv.submit")}
      </button>
      {done ? (
        <p role="status" data-testid="csv-import-done">
          {done}
        </p>
      ) : null}
      {message ? (
        <div role="alert" className="error" data-testid="csv-import-errors">
          <p>{message}</p>
          <ul>
            {errors.map(([line, msgs]) => (
              <li key={line}>
                {line.replace(/^line (\d+)$/, (_m, n: string) => t("menu.csv.line", { line: n }))}:{" "}
                {msgs.join("; ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
