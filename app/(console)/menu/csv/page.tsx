import { z } from "zod";
import { CsvImportForm } from "@/components/menu/csv-import-form";
import { MenuSubnav } from "@/components/menu/menu-subnav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { getMenuStore } from "@/lib/menu/server/queries";

const searchSchema = z.object({ store: z.string().min(1).max(64).optional().catch(undefined) });

export default async function MenuCsvPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("menu.view");
  const search = searchSchema.parse(await props.searchParams);
  const [{ t, locale }, { store }] = await Promise.all([
    getTranslator(),
    getMenuStore(actor, search.store),
  ]);
  if (!store) return <EmptyState message={t("menu.noStore")} />;
  return (
    <>
      <PageHeader
        title={t("menu.csv.title")}
        subtitle={`${store.code} · ${locale === "en" ? store.nameEn : store.nameZh}`}
      />
      <MenuSubnav current="/menu/csv" storeId={store.id} t={t} />
      <section className="panel">
        <h2>{t("menu.csv.export")}</h2>
        <p className="muted">{t("menu.csv.exportHint")}</p>
        <a
          className="button"
          data-testid="csv-export"
          href={`/api/menu/export?store=${encodeURIComponent(store.id)}`}
          download
        >
          {t("menu.csv.export")}
        </a>
      </section>
      {actorCan(actor, "menu.edit") ? (
        <section className="panel">
          <h2>{t("menu.csv.import")}</h2>
          <CsvImportForm storeId={store.id} />
        </section>
      ) : null}
    </>
  );
}
