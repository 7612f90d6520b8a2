import { ArticleEditor } from "@/components/support/article-editor";
import { SupportTabs } from "@/components/support/support-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findArticles } from "@/lib/support/server/knowledge";

export const dynamic = "force-dynamic";

export default async function KnowledgePage() {
  const actor = await requirePagePermission("support.manage");
  const { t } = await getTranslator();
  const articles = await findArticles(db);
  return (
    <>
      <PageHeader title={t("support.kb.title")} subtitle={t("support.kb.subtitle")} />
      <SupportTabs
        current="/support/knowledge"
        t={t}
        show={{ knowledge: true, reports: actorCan(actor, "support.reports") }}
      />
      <ArticleEditor articles={articles} />
    </>
  );
}
