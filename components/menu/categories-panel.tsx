"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { CategoryRow } from "@/lib/menu/server/editor-queries";
import { moveCategoryAction, saveCategoryAction } from "@/lib/menu/server/editor-actions";
import { errorText } from "./error-text";
import { CategoryHours } from "./category-hours";

/** Categories of a store: add (top level or sub-category), rename, switch off, move up/down. */
export function CategoriesPanel(props: { storeId: string; rows: CategoryRow[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ nameZh: "", nameEn: "", parentId: "" });
  const run = (
    action: () => Promise<{
      ok: boolean;
      message?: string;
      fieldErrors?: Record<string, string[]>;
    }>,
  ) =>
    start(async () => {
      const r = await action();
      if (!r.ok) {
        const first = Object.values(r.fieldErrors ?? {})[0]?.[0] ?? r.message ?? "";
        setError(errorText(t, first));
        return;
      }
      setError(null);
      router.refresh();
    });
  const save = (row: CategoryRow, patch: Partial<CategoryRow>) =>
    run(() =>
      saveCategoryAction({
        storeId: props.storeId,
        id: row.id,
        parentId: row.parentId,
        nameZh: patch.nameZh ?? row.nameZh,
        nameEn: patch.nameEn ?? row.nameEn,
        active: patch.active ?? row.active,
        availability: row.availability,
      }),
    );
  return (
    <div data-testid="categories-panel">
      <ul className="plain">
        {props.rows.map((row) => (
          <li
            key={row.id}
            data-testid="category-row"
            data-category-id={row.id}
            data-depth={row.depth}
            style={{ paddingLeft: row.depth ? "1.5rem" : 0 }}
          >
            <CategoryName row={row} onSave={(n) => save(row, n)} disabled={pending} />{" "}
            <span className="muted small">· {row.itemCount}</span>{" "}
            <label className="small">
              <input
                type="checkbox"
                checked={row.active}
                disabled={pending}
                onChange={(e) => save(row, { active: e.target.checked })}
              />{" "}
              {t("menu.ed.active")}
            </label>{" "}
            {(["up", "down"] as const).map((direction) => (
              <button
                key={direction}
                type="button"
                className="button"
                disabled={pending}
                aria-label={`${t(direction === "up" ? "menu.cat.up" : "menu.cat.down")} ${locale === "en" ? row.nameEn : row.nameZh}`}
                onClick={() =>
                  run(() => moveCategoryAction({ storeId: props.storeId, id: row.id, direction }))
                }
              >
                {direction === "up" ? "↑" : "↓"}
              </button>
            ))}
            <CategoryHours storeId={props.storeId} row={row} />
          </li>
        ))}
      </ul>
      <form
        className="inline-field"
        data-testid="category-new"
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            const r = await saveCategoryAction({
              storeId: props.storeId,
              parentId: draft.parentId || null,
              nameZh: draft.nameZh,
              nameEn: draft.nameEn,
              active: true,
              availability: null,
            });
            if (r.ok) setDraft({ nameZh: "", nameEn: "", parentId: "" });
            return r;
          });
        }}
      >
        <strong>{t("menu.cat.new")}</strong>
        <input
          aria-label={t("menu.ed.nameZh")}
          placeholder={t("menu.ed.nameZh")}
          value={draft.nameZh}
          onChange={(e) => setDraft({ ...draft, nameZh: e.target.value })}
        />
        <input
          aria-label={t("menu.ed.nameEn")}
          placeholder={t("menu.ed.nameEn")}
          value={draft.nameEn}
          onChange={(e) => setDraft({ ...draft, nameEn: e.target.value })}
        />
        <select
          aria-label={t("menu.cat.parent")}
          value={draft.parentId}
          onChange={(e) => setDraft({ ...draft, parentId: e.target.value })}
        >
          <option value="">{t("menu.cat.top")}</option>
          {props.rows
            .filter((r) => r.depth === 0)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {locale === "en" ? r.nameEn : r.nameZh}
              </option>
            ))}
        </select>
        <button type="submit" className="button" disabled={pending}>
          {t("menu.cat.add")}
        </button>
      </form>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function CategoryName(props: {
  row: CategoryRow;
  disabled: boolean;
  onSave: (n: { nameZh: string; nameEn: string }) => void;
}) {
  const { t } = useI18n();
  const [n, setN] = useState({ nameZh: props.row.nameZh, nameEn: props.row.nameEn });
  const changed = n.nameZh !== props.row.nameZh || n.nameEn !== props.row.nameEn;
  return (
    <span className="inline-field">
      <input
        aria-label={t("menu.ed.nameZh")}
        value={n.nameZh}
        onChange={(e) => setN({ ...n, nameZh: e.target.value })}
      />
      <input
        aria-label={t("menu.ed.nameEn")}
        value={n.nameEn}
        onChange={(e) => setN({ ...n, nameEn: e.target.value })}
      />
      {changed ? (
        <button
          type="button"
          className="button"
          disabled={props.disabled}
          onClick={() => props.onSave(n)}
        >
          {t("menu.cat.rename")}
        </button>
      ) : null}
      {props.row.active ? null : <span className="badge danger">{t("menu.cat.off")}</span>}
    </span>
  );
}
