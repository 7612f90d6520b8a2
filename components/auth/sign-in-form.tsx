"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { MessageKey } from "@/lib/platform/i18n/messages";

const ERROR_KEYS: Record<string, MessageKey> = {
  invalid: "signIn.error.invalid",
  CredentialsSignin: "signIn.error.invalid",
  rate_limited: "signIn.error.rate_limited",
  disabled: "signIn.error.disabled",
};

/** Email and password form; errors are shown in the user's language next to the form. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<MessageKey | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation so every server component renders with the new session.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(ERROR_KEYS[result?.error ?? ""] ?? "signIn.error.unknown");
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <label className="field">
        <span>{t("signIn.email")}</span>
        <input name="email" type="email" autoComplete="username" required maxLength={200} />
      </label>
      <label className="field">
        <span>{t("signIn.password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
        />
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {t(error)}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </button>
    </form>
  );
}
