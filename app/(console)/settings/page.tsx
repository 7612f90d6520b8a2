import { z } from "zod";
import { ApiKeysTable } from "@/components/settings/api-keys-table";
import { StoreSettingsForm } from "@/components/settings/store-settings-form";
import { StoresTable } from "@/components/settings/stores-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan, storeScope } from "@/lib/platform/actor";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import {
  findApiKeys,
  findStoreSettings,
  getStoreSettingsForm,
} from "@/lib/settings/server/queries";

const searchSchema = z.object({ edit: z.string().min(1).optional().catch(undefined) });

export default async function SettingsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("settings.view");
  const { edit } = searchSchema.parse(await props.searchParams);
  const canManage = actorCan(actor, "settings.manage");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  // The edit form looks in all of the actor's stores, not just the one picked in the header.
  const editing = canManage && edit ? await getStoreSettingsForm(storeScope(actor), edit) : null;
  const [stores, apiKeys] = await Promise.all([findStoreSettings(scope), findApiKeys(scope)]);
  return (
    <>
      <PageHeader title={t("settings.title")} />
      {canManage && edit ? (
        <section className="panel" data-testid="store-settings-editor">
          {editing ? (
            <>
              <h2>
                {t("settings.editTitle", {
                  code: editing.code,
                  name: locale === "en" ? editing.name.en : editing.name.zh,
                })}
              </h2>
              <StoreSettingsForm key={edit} initial={editing.form} />
            </>
          ) : (
            <EmptyState message={t("settings.notFound")} />
          )}
        </section>
      ) : null}
      <section className="panel">
        <h2>{t("settings.stores")}</h2>
        <StoresTable rows={stores} locale={locale} t={t} canEdit={canManage} />
      </section>
      <section className="panel">
        <h2>{t("settings.apiKeys")}</h2>
        <ApiKeysTable rows={apiKeys} locale={locale} t={t} />
      </section>
    </>
  );
}
