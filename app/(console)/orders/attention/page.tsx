import { z } from "zod";
import { AttentionList } from "@/components/attention/attention-list";
import { PageHeader } from "@/components/ui/page-header";
import { findAttention } from "@/lib/attention/server/queries";
import { DEFAULT_THRESHOLDS } from "@/lib/attention/domain/rules";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { selectedStoreScope } from "@/lib/stores/server/queries";

const paramsSchema = z.object({
  // Seconds an order may wait for acceptance before it is listed; shareable in the URL.
  accept: z.coerce
    .number()
    .int()
    .min(10)
    .max(3600)
    .default(DEFAULT_THRESHOLDS.acceptSeconds)
    .catch(DEFAULT_THRESHOLDS.acceptSeconds),
});

export default async function AttentionPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("orders.view");
  const { accept } = paramsSchema.parse(await props.searchParams);
  const [{ t }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const items = await findAttention(db, scope, new Date(), {
    ...DEFAULT_THRESHOLDS,
    acceptSeconds: accept,
  });
  return (
    <>
      <PageHeader
        title={t("attention.title")}
        subtitle={t("attention.subtitle", { seconds: accept })}
      />
      <AttentionList
        items={items}
        can={{
          accept: actorCan(actor, "orders.accept"),
          update: actorCan(actor, "orders.update"),
          retry: actorCan(actor, "settings.manage"),
        }}
      />
    </>
  );
}
