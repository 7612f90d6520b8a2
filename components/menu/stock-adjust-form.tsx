"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { adjustStockAction } from "@/lib/menu/server/actions";
import type { StockTarget } from "@/lib/menu/server/ledger-queries";
import { STOCK_ADJUST_REASONS } from "@/lib/menu/schemas";

/** Manual count correction or waste, with a reason; shows field errors from the server. */
export function StockAdjustForm(props: { targets: StockTarget[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [target, setTarget] = useState(
    props.targets[0] ? `${props.targets[0].kind}:${props.targets[0].id}` : "",
  );
  const [reason, setReason] = useState<(typeof STOCK_ADJUST_REASONS)[number]>("ADJUST");
  const [delta, setDelta] = useState("");
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [kind, id] = target.split(":");
  return (
    <form
      data-testid="stock-adjust"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await adjustStockAction({
            target: kind === "ingredient" ? "ingredient" : "item",
            id: id ?? "",
            reason,
            delta: delta.trim() === "" ? Number.NaN : Number(delta),
            note,
          });
          if (result.ok) {
            setFields({});
            setMessage(null);
            setSaved(
              t("menu.stock.saved", { qty: Math.round(result.data.stockQty * 1000) / 1000 }),
            );
            setDelta("");
            setNote("");
            router.refresh();
          } else {
            setSaved(null);
            setFields(result.fieldErrors ?? {});
            setMessage(result.message);
          }
        });
      }}
    >
      <label>
        {t("menu.stock.target")}{" "}
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {props.targets.map((x) => (
            <option key={`${x.kind}:${x.id}`} value={`${x.kind}:${x.id}`}>
              {x.name} ({x.stockQty}
              {x.unit ? ` ${x.unit}` : ""})
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("menu.stock.reason")}{" "}
        <select
          value={reason}
          onChange={(e) => setReason(e.target.value === "WASTE" ? "WASTE" : "ADJUST")}
        >
          {STOCK_ADJUST_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`menu.stock.reason.${r}`)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("menu.stock.change")}{" "}
        <input
          type="number"
          step="any"
          value={delta}
          onChange={(e) => setDelta(e.target.value)}
          aria-invalid={!!fields.delta}
        />
      </label>
      {fields.delta ? <span className="error small">{fields.delta.join(" ")}</span> : null}{" "}
      <label>
        {t("menu.stock.why")}{" "}
        <input
          value={note}
          maxLength={300}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={!!fields.note}
        />
      </label>
      {fields.note ? <span className="error small">{fields.note.join(" ")}</span> : null}{" "}
      <button type="submit" className="button primary" disabled={pending || !target}>
        {t("menu.stock.save")}
      </button>
      {saved ? <p role="status">{saved}</p> : null}
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
    </form>
  );
}
