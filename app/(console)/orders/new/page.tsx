import { CorrectOrderForm } from "@/components/order-entry/correct-order-form";
import { PhoneOrderForm } from "@/components/order-entry/phone-order-form";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { requirePagePermission } from "@/lib/platform/session";
import { findEntryMenu } from "@/lib/orders/server/entry-menu";
import { findStoreOptions, getSelectedStoreId } from "@/lib/stores/server/queries";

export default async function NewOrderPage() {
  const actor = await requirePagePermission("orders.create");
  const [{ t }, stores, selected] = await Promise.all([
    getTranslator(),
    findStoreOptions(actor),
    getSelectedStoreId(actor),
  ]);
  const menu = await findEntryMenu(
    db,
    stores.map((s) => s.id),
  );
  return (
    <>
      <PageHeader title={t("entry.title")} subtitle={t("entry.subtitle")} />
      <PhoneOrderForm
        stores={stores}
        menu={menu}
        initialStoreId={selected ?? stores[0]?.id ?? ""}
      />
      {actorCan(actor, "orders.update") ? <CorrectOrderForm /> : null}
    </>
  );
}
