"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { acceptInviteAction, resetPasswordAction } from "@/lib/team/server/link-actions";
import { Field, FormFooter, NewPasswordFields } from "./form-fields";
import { textOf, useActionForm } from "./use-action-form";

/** The invitee picks a name and password, then is signed in and sent to their profile. */
export function AcceptInviteForm(props: { token: string }) {
  const { t } = useI18n();
  const [signInFailed, setSignInFailed] = useState(false);
  const form = useActionForm(
    acceptInviteAction,
    (f) => ({
      token: props.token,
      name: textOf(f, "name"),
      password: textOf(f, "password"),
      confirm: textOf(f, "confirm"),
    }),
    async (data, el) => {
      const password = String(new FormData(el).get("password") ?? "");
      const result = await signIn("credentials", { email: data.email, password, redirect: false });
      // A full navigation, so every server component renders with the new session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      if (result?.ok && !result.error) window.location.assign("/profile?welcome=1");
      else setSignInFailed(true);
    },
  );
  if (form.data) {
    return (
      <p role="status" className="notice">
        {t("team.invite.done")}{" "}
        {signInFailed ? (
          <Link href="/sign-in?callbackUrl=/profile">{t("team.invite.toSignIn")}</Link>
        ) : null}
      </p>
    );
  }
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate data-testid="accept-invite-form">
      <Field label={t("team.invite.setName")}>
        <input name="name" required maxLength={80} />
      </Field>
      <NewPasswordFields />
      <FormFooter form={form} label={t("team.invite.accept")} />
    </form>
  );
}

/** Sets a new password through a reset link. */
export function ResetPasswordForm(props: { token: string }) {
  const { t } = useI18n();
  const form = useActionForm(resetPasswordAction, (f) => ({
    token: props.token,
    password: textOf(f, "password"),
    confirm: textOf(f, "confirm"),
  }));
  if (form.data) {
    return (
      <p role="status" className="notice">
        {t("team.reset.done")} <Link href="/sign-in">{t("team.invite.toSignIn")}</Link>
      </p>
    );
  }
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <NewPasswordFields />
      <FormFooter form={form} label={t("team.reset.submit")} />
    </form>
  );
}
