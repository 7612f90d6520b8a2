import { ApiKeysTable } from "@/components/settings/api-keys-table";
import { StoresTable } from "@/components/settings/stores-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findApiKeys, findStoreSettings } from "@/lib/settings/server/queries";

export default async function SettingsPage() {
  const actor = await requirePagePermission("settings.view");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const [stores, apiKeys] = await Promise.all([findStoreSettings(scope), findApiKeys(scope)]);
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <section className="panel">
        <h2>{t("settings.stores")}</h2>
        <StoresTable rows={stores} locale={locale} t={t} />
      </section>
      <section className="panel">
        <h2>{t("settings.apiKeys")}</h2>
        <ApiKeysTable rows={apiKeys} locale={locale} t={t} />
      </section>
    </>
  );
}
