"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { AttentionItem } from "@/lib/attention/domain/rules";
import { retryWebhookAction } from "@/lib/attention/server/actions";
import { acceptOrderAction, markReadyAction } from "@/lib/orders/server/actions";
import type { ActionResult } from "@/lib/platform/guard";
import { formatTime } from "@/lib/platform/i18n/format";
import { AttentionFix } from "./attention-fix";

// New problems appear as time passes, not only on events, so the list re-reads itself.
const REFRESH_MS = 15_000;

export type AttentionPermissions = { accept: boolean; update: boolean; retry: boolean };

/** The needs-attention queue: one row per problem, each with its one-click fix. */
export function AttentionList(props: { items: AttentionItem[]; can: AttentionPermissions }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const run = (key: string, action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      setErrors((prev) => {
        const { [key]: _gone, ...rest } = prev;
        return result.ok ? rest : { ...rest, [key]: result.message };
      });
      router.refresh();
    });

  const fixes = {
    accept: (orderId: string, version: number, key: string) =>
      run(key, () => acceptOrderAction({ orderId, version })),
    markReady: (orderId: string, version: number, key: string) =>
      run(key, () => markReadyAction({ orderId, version })),
    retry: (deliveryId: string, key: string) => run(key, () => retryWebhookAction({ deliveryId })),
  };

  return (
    <section className="panel" data-testid="attention-list" aria-busy={pending}>
      {props.items.length === 0 ? (
        <p className="muted" data-testid="attention-empty">
          {t("attention.empty")}
        </p>
      ) : (
        <ul className="attention-list">
          {props.items.map((item) => (
            <li
              key={item.key}
              className={`attention-item ${item.severity}`}
              data-testid="attention-item"
              data-kind={item.kind}
              data-code={item.target.type === "order" ? item.target.code : undefined}
            >
              <span className={`badge ${item.severity === "critical" ? "danger" : "warn"}`}>
                {t(`attention.severity.${item.severity}`)}
              </span>{" "}
              <strong>{t(`attention.kind.${item.kind}`)}</strong> <AttentionSubject item={item} />{" "}
              <span className="muted small">
                {t("attention.since", { time: formatTime(item.since, locale) })}
              </span>{" "}
              <AttentionFix item={item} can={props.can} disabled={pending} fixes={fixes} />
              {errors[item.key] ? (
                <p role="alert" className="error small">
                  {t("board.actionFailed", { message: errors[item.key] ?? "" })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AttentionSubject(props: { item: AttentionItem }) {
  const { target } = props.item;
  if (target.type === "order") {
    return <Link href={`/orders?order=${encodeURIComponent(target.id)}`}>{target.code}</Link>;
  }
  if (target.type === "store") {
    return (
      <span>
        {target.code}
        {target.reason ? ` · ${target.reason}` : ""}
      </span>
    );
  }
  if (target.type === "stock") {
    return (
      <span>
        {target.name} · {Math.round(target.qty * 1000) / 1000} / {target.threshold}
      </span>
    );
  }
  return <span className="small">{target.error ?? target.id}</span>;
}
