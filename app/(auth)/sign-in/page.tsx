import { Icon } from "@/components/ui/icon";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getActor } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";

const searchSchema = z.object({
  // Only same-site paths: never send a user to another origin after sign-in.
  callbackUrl: z
    .string()
    .regex(/^\/(?!\/)/)
    .catch("/")
    .default("/"),
  reason: z.enum(["revoked"]).optional().catch(undefined),
});

export default async function SignInPage(props: { searchParams: Promise<Record<string, string>> }) {
  const { callbackUrl, reason } = searchSchema.parse(await props.searchParams);
  if (await getActor()) redirect(callbackUrl);
  const { t } = await getTranslator();
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="auth-head">
          <h1>
            <Icon name="brand" size={22} /> {t("app.name")}
          </h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t("signIn.title")}</p>
        {reason === "revoked" ? (
          <p role="status" className="notice">
            {t("signIn.revoked")}
          </p>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} />
        <p className="muted small">{t("signIn.demoHint")}</p>
      </div>
    </main>
  );
}
