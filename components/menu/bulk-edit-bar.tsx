"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { bulkEditSchema } from "@/lib/menu/schemas";
import { bulkEditAction } from "@/lib/menu/server/editor-actions";
import { zodIssuesToFields } from "@/lib/menu/form-errors";
import { errorText } from "./error-text";

type Kind = "price_percent" | "move" | "enable" | "disable";

/** The form the table's row checkboxes belong to (`form` attribute), so rows stay server-rendered. */
export const BULK_FORM_ID = "menu-bulk";

const boxes = () =>
  Array.from(
    document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="itemIds"]`),
  );

/**
 * Applies one change to the selected dishes: price by a percentage, move to a category, or
 * enable (also ending a sold-out) / disable. Field errors come from the shared zod schema.
 */
export function BulkEditBar(props: {
  storeId: string;
  categories: { id: string; label: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>("price_percent");
  const [percent, setPercent] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [selected, setSelected] = useState(0);
  const [shown, setShown] = useState(0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const count = () => {
      const all = boxes();
      setShown(all.length);
      setSelected(all.filter((b) => b.checked).length);
    };
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);

  const selectAll = (checked: boolean) => {
    for (const b of boxes()) b.checked = checked;
    setSelected(checked ? boxes().length : 0);
  };
  const err = (path: string) =>
    errors[path]?.length ? (
      <span className="form-error" role="alert" data-field={path}>
        {errors[path].map((m) => errorText(t, m)).join(" ")}
      </span>
    ) : null;

  const submit = () => {
    const itemIds = boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    const edit =
      kind === "price_percent"
        ? { kind, percent: percent.trim() === "" ? Number.NaN : Number(percent) }
        : kind === "move"
          ? { kind, categoryId: categoryId || null }
          : { kind: "enable" as const, active: kind === "enable" };
    const parsed = bulkEditSchema.safeParse({ storeId: props.storeId, itemIds, edit });
    setMessage(null);
    if (!parsed.success) return setErrors(zodIssuesToFields(parsed.error.issues));
    start(async () => {
      const r = await bulkEditAction(parsed.data);
      if (!r.ok) return setErrors(r.fieldErrors ?? { _: [r.message] });
      setErrors({});
      const done = t("menu.bulk.done", {
        n: String(r.data.changed),
        selected: String(r.data.selected),
      });
      const held = r.data.pendingApproval;
      setMessage(
        held > 0 ? `${done} ${t("menu.bulk.pendingApproval", { n: String(held) })}` : done,
      );
      router.refresh();
    });
  };

  return (
    <form
      id={BULK_FORM_ID}
      ref={formRef}
      className="inline-field"
      data-testid="bulk-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset disabled={pending}>
        <strong>{t("menu.bulk.title")}</strong>{" "}
        <span data-testid="bulk-selected">{t("menu.bulk.selected", { n: String(selected) })}</span>{" "}
        <button type="button" className="button" onClick={() => selectAll(true)}>
          {t("menu.bulk.selectAll", { n: String(shown) })}
        </button>{" "}
        <button type="button" className="button" onClick={() => selectAll(false)}>
          {t("menu.bulk.clear")}
        </button>{" "}
        {err("itemIds")}
        <label>
          {t("menu.bulk.action")}{" "}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="price_percent">{t("menu.bulk.price")}</option>
            <option value="move">{t("menu.bulk.move")}</option>
            <option value="enable">{t("menu.bulk.enable")}</option>
            <option value="disable">{t("menu.bulk.disable")}</option>
          </select>
        </label>{" "}
        {kind === "price_percent" ? (
          <label>
            {t("menu.bulk.percent")}{" "}
            <input
              type="number"
              step="any"
              style={{ width: "6em" }}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
            {err("edit.percent")}
          </label>
        ) : null}
        {kind === "move" ? (
          <label>
            {t("menu.bulk.category")}{" "}
            <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">{t("menu.uncategorized")}</option>
              {props.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            {err("edit.categoryId")}
          </label>
        ) : null}{" "}
        <button type="submit" className="button primary">
          {t("menu.bulk.apply")}
        </button>{" "}
        {message ? <span role="status">{message}</span> : null}
        {err("_")}
      </fieldset>
    </form>
  );
}
