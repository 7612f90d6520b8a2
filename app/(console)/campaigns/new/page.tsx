import Link from "next/link";
import { CampaignEditor } from "@/components/campaigns/campaign-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { findStoreOptions } from "@/lib/stores/server/queries";
import { getEditorContext, newCampaignValues } from "@/lib/campaigns/server/editor";

export default async function NewCampaignPage() {
  const actor = await requirePagePermission("campaigns.edit");
  const [{ t }, stores, context] = await Promise.all([
    getTranslator(),
    findStoreOptions(actor),
    getEditorContext(actor, null),
  ]);
  return (
    <>
      <PageHeader
        title={t("campaigns.new")}
        actions={<Link href="/campaigns">{t("campaigns.title")}</Link>}
      />
      <CampaignEditor
        campaignId={null}
        initial={newCampaignValues()}
        stores={stores}
        editable
        catalogue={context.catalogue}
        exclusives={context.exclusives}
      />
    </>
  );
}
