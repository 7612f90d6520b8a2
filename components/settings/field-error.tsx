"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { FieldErrors } from "@/lib/platform/errors";
import { isSettingsError } from "@/lib/settings/schemas";

/** The server's messages for one field, next to it; our own messages are i18n keys. */
export function FieldError(props: { errors: FieldErrors; path: string }) {
  const { t } = useI18n();
  const messages = props.errors[props.path];
  if (!messages || messages.length === 0) return null;
  return (
    <span role="alert" className="badge danger" data-field-error={props.path}>
      {messages.map((m) => (isSettingsError(m) ? t(m) : m)).join(" ")}
    </span>
  );
}
