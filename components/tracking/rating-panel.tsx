"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { postRating } from "@/lib/tracking/mutations";
import { trackingKeys } from "@/lib/tracking/query-options";

const STARS = [1, 2, 3, 4, 5] as const;

/** One rating per delivered order: stars and an optional comment, then a thank-you. */
export function RatingPanel(props: { token: string; rating: number | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState("");
  const rate = useMutation({
    mutationFn: () => postRating(props.token, { rating: stars, comment: comment || undefined }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.order(props.token) }),
  });
  const given = rate.data?.rating ?? props.rating;
  if (given !== null) {
    return (
      <p className="notice" role="status" data-testid="rating-done">
        {t("track.rating.thanks", { stars: "★".repeat(given) })}
      </p>
    );
  }
  return (
    <form
      className="form"
      data-testid="rating-form"
      onSubmit={(event) => {
        event.preventDefault();
        rate.mutate();
      }}
    >
      <h2>{t("track.rating.title")}</h2>
      <div className="inline-field" role="radiogroup" aria-label={t("track.rating.title")}>
        {STARS.map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={stars === n}
            aria-label={t("track.rating.star", { n })}
            data-testid={`rating-star-${n}`}
            className={n <= stars ? "button primary" : "button ghost"}
            onClick={() => setStars(n)}
          >
            ★
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t("track.rating.comment")}</span>
        <textarea
          maxLength={1000}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      {rate.error ? <p className="form-error">{t("track.rating.failed")}</p> : null}
      <button type="submit" className="button primary" disabled={stars === 0 || rate.isPending}>
        {t("track.rating.submit")}
      </button>
    </form>
  );
}
