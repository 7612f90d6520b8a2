import { Icon } from "@/components/ui/icon";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { AcceptInviteForm, ResetPasswordForm } from "@/components/team/link-forms";
import { getTranslator } from "@/lib/platform/i18n/server";
import { db } from "@/lib/platform/db";
import { findLink } from "@/lib/team/server/invites";

export default async function InvitePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const [{ t }, link] = await Promise.all([
    getTranslator(),
    token.length <= 200 ? findLink(db, token) : null,
  ]);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="auth-head">
          <h1>
            <Icon name="brand" size={22} /> {t("app.name")}
          </h1>
          <LanguageSwitch />
        </div>
        {!link ? (
          <p role="alert" className="form-error">
            {t("team.invite.invalid")}
          </p>
        ) : link.state !== "valid" ? (
          <p role="alert" className="form-error" data-testid="link-refused">
            {t(link.state === "expired" ? "team.invite.expired" : "team.invite.used")}
          </p>
        ) : link.kind === "INVITE" ? (
          <>
            <p className="muted">{t("team.invite.welcome", { email: link.email })}</p>
            <AcceptInviteForm token={token} />
          </>
        ) : (
          <>
            <p className="muted">{t("team.reset.title", { email: link.email })}</p>
            <ResetPasswordForm token={token} />
          </>
        )}
      </div>
    </main>
  );
}
