import {
  ClockButton,
  PasswordForm,
  ProfileForm,
  TrainingChecklist,
} from "@/components/team/profile-forms";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { getOwnProfile } from "@/lib/team/server/profile";
import { findOwnShiftState } from "@/lib/team/server/shifts";
import { findOwnTraining } from "@/lib/team/server/training";
import { findStoreChoices } from "@/lib/team/server/options";

export default async function ProfilePage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission(null);
  const welcome = (await props.searchParams).welcome === "1";
  const { t, locale } = await getTranslator();
  const [profile, training, shift, stores] = await Promise.all([
    getOwnProfile(db, actor),
    findOwnTraining(db, actor),
    findOwnShiftState(db, actor),
    findStoreChoices(actor, locale),
  ]);
  const open = training.filter((i) => !i.done).length;
  return (
    <>
      <PageHeader
        title={t("team.profile.title")}
        subtitle={`${profile.email} · ${t(`role.${actor.role}`)}`}
      />
      <section className="panel" data-testid="my-stores">
        <h2>{t("team.profile.myStores")}</h2>
        <p>
          {actor.storeIds === null ? t("shell.allStores") : stores.map((s) => s.label).join("、")}
        </p>
      </section>
      <section className="panel" data-testid="my-training-panel">
        {welcome && open > 0 ? (
          <p role="status" className="notice" data-testid="training-welcome">
            {t("team.training.welcome")}
          </p>
        ) : null}
        <h2>
          {t("team.training.mine")}{" "}
          {training.length ? `(${training.length - open}/${training.length})` : ""}
        </h2>
        <TrainingChecklist items={training} />
      </section>
      <section className="panel">
        <h2>{t("team.tab.shifts")}</h2>
        {shift.clockedIn ? (
          <>
            <p className="badge ok">{t("team.shifts.clockedIn")}</p> <ClockButton direction="OUT" />
          </>
        ) : (
          <ClockButton direction="IN" />
        )}
      </section>
      <section className="panel">
        <ProfileForm profile={profile} />
      </section>
      <section className="panel">
        <PasswordForm />
      </section>
    </>
  );
}
