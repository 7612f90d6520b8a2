"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { postCsat, TrackingWriteError } from "@/lib/tracking/mutations";
import { trackingKeys } from "@/lib/tracking/query-options";
import type { CustomerSupportView } from "@/lib/tracking/types";

const SCORES = [1, 2, 3, 4, 5] as const;

/** The one-question survey after support resolved the ticket; answered once, then thanked. */
export function CsatPanel(props: { token: string; support: CustomerSupportView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [picked, setPicked] = useState(true);
  const answer = useMutation({
    mutationFn: () => postCsat(props.token, { score, comment: comment || undefined }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.order(props.token) }),
  });
  const given = answer.data?.score ?? props.support.csat?.score ?? null;
  if (given !== null) {
    return (
      <p className="notice" role="status" data-testid="csat-done">
        {t("track.csat.thanks")} {t("track.csat.given", { score: given })}
      </p>
    );
  }
  if (!props.support.csatOpen) return null;
  const failure =
    answer.error instanceof TrackingWriteError && answer.error.code === "conflict"
      ? t("track.csat.already")
      : answer.error
        ? t("track.csat.failed")
        : null;
  return (
    <form
      className="form panel"
      data-testid="csat-form"
      onSubmit={(event) => {
        event.preventDefault();
        setPicked(score > 0);
        if (score > 0) answer.mutate();
      }}
    >
      <h2>{t("track.csat.title")}</h2>
      <div className="inline-field" role="radiogroup" aria-label={t("track.csat.title")}>
        {SCORES.map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={score === n}
            aria-label={t("track.csat.score", { n })}
            data-testid={`csat-score-${n}`}
            className={n === score ? "button primary" : "button ghost"}
            onClick={() => {
              setScore(n);
              setPicked(true);
            }}
          >
            {n}
          </button>
        ))}
      </div>
      {!picked ? (
        <p className="form-error" role="alert">
          {t("track.csat.pick")}
        </p>
      ) : null}
      <label className="field">
        <span>{t("track.csat.comment")}</span>
        <textarea
          maxLength={500}
          rows={2}
          value={comment}
          data-testid="csat-comment"
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      {failure ? (
        <p className="form-error" role="alert" data-testid="csat-error">
          {failure}
        </p>
      ) : null}
      <button
        type="submit"
        className="button primary"
        disabled={answer.isPending}
        data-testid="csat-submit"
      >
        {t("track.csat.submit")}
      </button>
    </form>
  );
}
