"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { supportErrorText } from "@/lib/support/error-text";
import { setAvailabilityAction } from "@/lib/support/server/team-actions";

/** The signed-in agent's online/away switch; going online hands out waiting tickets. */
export function AvailabilityToggle(props: { online: boolean; needsShift: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const toggle = () =>
    start(async () => {
      const r = await setAvailabilityAction({ online: !props.online });
      if (!r.ok) {
        setMessage(supportErrorText(t, r.message));
        return;
      }
      setMessage(
        r.data.assigned > 0 ? t("support.availability.assigned", { count: r.data.assigned }) : null,
      );
      router.refresh();
    });
  return (
    <div className="inline-form" data-testid="availability">
      <span className="muted">{t("support.availability")}:</span>
      <span
        className={`badge ${props.online ? "ok" : ""}`}
        data-testid="availability-state"
        data-online={props.online ? "yes" : "no"}
      >
        {t(props.online ? "support.availability.online" : "support.availability.away")}
      </span>
      <button type="button" className="button" onClick={toggle} disabled={pending}>
        {t(props.online ? "support.availability.goAway" : "support.availability.goOnline")}
      </button>
      {props.online && props.needsShift ? (
        <span className="muted small">{t("support.availability.needsShift")}</span>
      ) : null}
      {message ? (
        <span className="muted small" role="status">
          {message}
        </span>
      ) : null}
    </div>
  );
}
