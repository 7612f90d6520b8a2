"use client";

import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { setUserDisabledAction } from "@/lib/team/server/actions";

/** Disable / enable one staff member; errors from the server are shown next to the button. */
export function UserStatusButton(props: { userId: string; name: string; disabled: boolean }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const disabling = !props.disabled;
  return (
    <span className="inline-field">
      <button
        type="button"
        className={disabling ? "button danger" : "button"}
        disabled={pending}
        onClick={() => {
          if (disabling && !window.confirm(t("team.confirmDisable", { name: props.name }))) return;
          startTransition(async () => {
            const result = await setUserDisabledAction({
              userId: props.userId,
              disabled: disabling,
            });
            setError(result.ok ? null : result.message);
          });
        }}
      >
        {disabling ? t("team.disable") : t("team.enable")}
      </button>
      {error ? (
        <span role="alert" className="badge danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
