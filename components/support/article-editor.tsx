"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { retireArticleAction, saveArticleAction } from "@/lib/support/server/team-actions";
import type { ArticleRow } from "@/lib/support/server/knowledge";
import { supportErrorText } from "@/lib/support/error-text";

type Draft = {
  id?: string;
  titleZh: string;
  bodyZh: string;
  titleEn: string;
  bodyEn: string;
  tags: string;
};
const EMPTY: Draft = { titleZh: "", bodyZh: "", titleEn: "", bodyEn: "", tags: "" };
type Field = "titleZh" | "bodyZh" | "titleEn" | "bodyEn" | "tags";

function toDraft(a: ArticleRow): Draft {
  return {
    id: a.id,
    titleZh: a.titleZh ?? "",
    bodyZh: a.bodyZh ?? "",
    titleEn: a.titleEn ?? "",
    bodyEn: a.bodyEn ?? "",
    tags: a.tags.join(", "),
  };
}

/** The bilingual article form; field errors come from the shared zod schema via the action. */
function ArticleForm(props: { initial: Draft; onDone: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      setErrors({});
      setMessage(null);
      const tags = draft.tags
        .split(/[,，\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const r = await saveArticleAction({ ...draft, tags });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage(supportErrorText(t, r.message));
        return;
      }
      router.refresh();
      props.onDone();
    });
  const field = (name: Field, multiline: boolean) => {
    const error = Object.entries(errors).find(
      ([k]) => k === name || k.startsWith(`${name}.`),
    )?.[1]?.[0];
    const common = {
      id: `kb-${name}`,
      value: draft[name],
      "aria-invalid": error ? true : undefined,
      "data-testid": `kb-${name}`,
    };
    return (
      <div className="field">
        <label htmlFor={`kb-${name}`}>{t(`support.kb.${name}`)}</label>
        {multiline ? (
          <textarea
            {...common}
            rows={5}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        ) : (
          <input {...common} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
        )}
        {error ? (
          <span className="form-error" role="alert">
            {supportErrorText(t, error)}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <form
      className="panel form"
      data-testid="kb-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="grid">
        <div>
          {field("titleZh", false)}
          {field("bodyZh", true)}
        </div>
        <div>
          {field("titleEn", false)}
          {field("bodyEn", true)}
        </div>
      </div>
      {field("tags", false)}
      {message ? <p className="form-error">{message}</p> : null}
      <div className="inline-form">
        <button type="submit" className="button" disabled={pending} data-testid="kb-save">
          {t("support.kb.save")}
        </button>
        <button type="button" className="link-button" onClick={props.onDone}>
          {t("support.kb.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Knowledge-base list with create, edit, retire and restore. */
export function ArticleEditor(props: { articles: ArticleRow[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState<Draft | null>(null);
  const [pending, start] = useTransition();
  const retire = (a: ArticleRow) =>
    start(async () => {
      await retireArticleAction({ id: a.id, retired: !a.retired });
      router.refresh();
    });
  return (
    <>
      {editing ? (
        <ArticleForm key={editing.id ?? "new"} initial={editing} onDone={() => setEditing(null)} />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setEditing(EMPTY)}
          data-testid="kb-new"
        >
          {t("support.kb.new")}
        </button>
      )}
      <section className="panel">
        {props.articles.length === 0 ? <p className="muted">{t("support.kb.empty")}</p> : null}
        <ul className="kb-list" data-testid="kb-list">
          {props.articles.map((a) => (
            <li key={a.id} data-testid="kb-article" data-retired={a.retired ? "yes" : "no"}>
              <strong>
                {(locale === "en" ? (a.titleEn ?? a.titleZh) : (a.titleZh ?? a.titleEn)) ?? ""}
              </strong>{" "}
              {a.retired ? <span className="badge">{t("support.kb.retired")}</span> : null}{" "}
              {a.tags.map((tag) => (
                <span key={tag} className="badge">
                  {tag}
                </span>
              ))}
              <div className="muted small">
                {a.titleZh && a.titleEn ? `${a.titleZh} · ${a.titleEn} · ` : ""}
                {t("support.kb.updated", { time: a.updatedAt.toLocaleString(locale) })}
              </div>
              <div className="inline-form">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditing(toDraft(a))}
                >
                  {t("support.kb.edit")}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => retire(a)}
                  disabled={pending}
                >
                  {t(a.retired ? "support.kb.restore" : "support.kb.retire")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
