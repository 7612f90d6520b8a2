"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/providers/i18n-provider";

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button ghost"
      onClick={() => signOut({ callbackUrl: "/sign-in" })}
    >
      {t("shell.signOut")}
    </button>
  );
}
