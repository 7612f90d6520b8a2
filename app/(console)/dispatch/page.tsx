import { CouriersTable } from "@/components/dispatch/couriers-table";
import { ZonesTable } from "@/components/dispatch/zones-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findCourierStats, findCouriers, findZones } from "@/lib/dispatch/server/queries";

export default async function DispatchPage() {
  const actor = await requirePagePermission("dispatch.view");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const [stats, couriers, zones] = await Promise.all([
    findCourierStats(scope),
    findCouriers(),
    findZones(scope),
  ]);
  return (
    <>
      <PageHeader title={t("dispatch.title")} />
      <div className="grid stats" data-testid="dispatch-stats">
        <StatCard label={t("dispatch.onShift")} value={String(stats.onShift)} />
        <StatCard label={t("dispatch.available")} value={String(stats.available)} />
        <StatCard label={t("dispatch.delivering")} value={String(stats.delivering)} />
        <StatCard
          label={t("dispatch.readyUnassigned")}
          value={String(stats.readyWithoutCourier)}
          testId="ready-unassigned"
        />
      </div>
      <section className="panel">
        <h2>{t("dispatch.couriers")}</h2>
        <CouriersTable rows={couriers} locale={locale} t={t} />
      </section>
      <section className="panel">
        <h2>{t("dispatch.zones")}</h2>
        <ZonesTable rows={zones} locale={locale} t={t} />
      </section>
    </>
  );
}
