import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignEditor } from "@/components/campaigns/campaign-editor";
import { CampaignControls } from "@/components/campaigns/campaign-controls";
import { CampaignResultsPanel } from "@/components/campaigns/campaign-results";
import { CouponsPanel } from "@/components/campaigns/coupons-panel";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { findStoreOptions } from "@/lib/stores/server/queries";
import { getCampaignEditorData } from "@/lib/campaigns/server/editor";
import { isEditable } from "@/lib/campaigns/domain/lifecycle";

export default async function CampaignPage(props: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("campaigns.view");
  const { id } = await props.params;
  const [{ t, locale }, stores, data] = await Promise.all([
    getTranslator(),
    findStoreOptions(actor),
    getCampaignEditorData(actor, id.slice(0, 64)),
  ]);
  if (!data) notFound();
  const { campaign } = data;
  return (
    <>
      <PageHeader
        title={campaign.name}
        subtitle={t("campaigns.editor.title")}
        actions={<Link href="/campaigns">{t("campaigns.title")}</Link>}
      />
      <CampaignControls
        campaignId={campaign.id}
        status={campaign.status}
        warnings={data.warnings}
        canPublish={actorCan(actor, "campaigns.publish")}
      />
      <CampaignResultsPanel
        results={data.results}
        daily={data.daily}
        campaign={campaign}
        canAnalytics={actorCan(actor, "analytics.view")}
        t={t}
        locale={locale}
      />
      <CampaignEditor
        campaignId={campaign.id}
        initial={data.values}
        stores={stores}
        editable={actorCan(actor, "campaigns.edit") && isEditable(campaign.status)}
        catalogue={data.catalogue}
        exclusives={data.exclusives}
      />
      {campaign.type === "COUPON" && actorCan(actor, "campaigns.edit") ? (
        <CouponsPanel
          campaignId={campaign.id}
          total={data.coupons.total}
          used={data.coupons.used}
        />
      ) : null}
    </>
  );
}
