import Link from "next/link";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { actorCan } from "@/lib/platform/actor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findCampaigns } from "@/lib/campaigns/server/queries";

export default async function CampaignsPage() {
  const actor = await requirePagePermission("campaigns.view");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const rows = await findCampaigns(scope);
  return (
    <>
      <PageHeader
        title={t("campaigns.title")}
        actions={
          actorCan(actor, "campaigns.edit") ? (
            <Link className="button primary" href="/campaigns/new" data-testid="campaign-new">
              {t("campaigns.new")}
            </Link>
          ) : null
        }
      />
      <section className="panel">
        <CampaignsTable rows={rows} locale={locale} t={t} />
      </section>
    </>
  );
}
