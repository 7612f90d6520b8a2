"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { replyToReviewAction } from "@/lib/menu/server/actions";

/** Reply box of one review, with canned replies in both languages to start from. */
export function ReviewReply(props: {
  reviewId: string;
  current: string | null;
  canned: { id: string; zh: string; en: string }[];
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await replyToReviewAction({
            reviewId: props.reviewId,
            reply: text,
            expectedReply: props.current,
          });
          setError(r.ok ? null : (r.fieldErrors?.reply?.[0] ?? r.message));
          if (r.ok) {
            setText("");
            router.refresh();
          }
        });
      }}
    >
      <label className="inline-field small">
        {t("menu.reviews.canned")}{" "}
        <select
          value=""
          onChange={(e) => {
            const c = props.canned.find((x) => x.id === e.target.value);
            if (c) setText(locale === "en" ? c.en : c.zh);
          }}
        >
          <option value="">—</option>
          {props.canned.map((c) => (
            <option key={c.id} value={c.id}>
              {locale === "en" ? c.en : c.zh}
            </option>
          ))}
        </select>
      </label>{" "}
      <input
        aria-label={t("menu.reviews.reply")}
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={!!error}
      />{" "}
      <button type="submit" className="button" disabled={pending || text.trim().length < 2}>
        {t("menu.reviews.send")}
      </button>
      {error ? (
        <span role="alert" className="error small">
          {error}
        </span>
      ) : null}
    </form>
  );
}
