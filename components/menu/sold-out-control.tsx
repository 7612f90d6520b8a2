"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { setSoldOutAction } from "@/lib/menu/server/actions";
import type { SoldOutMode } from "@/lib/menu/domain/sold-out";
import { formatTime } from "@/lib/platform/i18n/format";

/**
 * One click to take an item or option off sale: now (until restocked), until tomorrow's
 * opening, or until a chosen time; or to put it back on sale.
 */
export function SoldOutControl(props: {
  target: "item" | "option";
  id: string;
  name: string;
  /** ISO time while sold out, else null. */
  soldOutUntil: string | null;
  indefinite: boolean;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState("");
  const [error, setError] = useState<string | null>(null);
  const run = (mode: SoldOutMode, at?: string) =>
    start(async () => {
      const result = await setSoldOutAction({
        target: props.target,
        id: props.id,
        mode,
        ...(at ? { until: new Date(at) } : {}),
      });
      setError(result.ok ? null : (result.fieldErrors?.until?.[0] ?? result.message));
      if (result.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  if (props.soldOutUntil) {
    return (
      <span className="inline-field" data-testid="sold-out-control">
        <span className="small muted">
          {props.indefinite
            ? t("menu.soldOutIndefinite")
            : t("menu.soldOutUntilAt", { time: formatTime(new Date(props.soldOutUntil), locale) })}
        </span>{" "}
        <button type="button" className="button" disabled={pending} onClick={() => run("restock")}>
          {t("menu.backOnSale")}
        </button>
        {error ? (
          <span role="alert" className="error small">
            {t("menu.failed", { message: error })}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <span className="inline-field" data-testid="sold-out-control">
      {open ? (
        <>
          <button type="button" className="button" disabled={pending} onClick={() => run("now")}>
            {t("menu.soldOutNow")}
          </button>{" "}
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => run("tomorrow")}
          >
            {t("menu.soldOutTomorrow")}
          </button>{" "}
          <label className="inline-field small">
            {t("menu.soldOutUntil")}{" "}
            <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
          <button
            type="button"
            className="button"
            disabled={pending || !until}
            onClick={() => run("until", until)}
          >
            {t("menu.apply")}
          </button>{" "}
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t("menu.cancel")}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={`${t("menu.markSoldOut")} ${props.name}`}
          onClick={() => setOpen(true)}
        >
          {t("menu.markSoldOut")}
        </button>
      )}
      {error ? (
        <span role="alert" className="error small">
          {t("menu.failed", { message: error })}
        </span>
      ) : null}
    </span>
  );
}
