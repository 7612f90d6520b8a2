import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Suspense } from "react";
import { CouriersTable } from "@/components/dispatch/couriers-table";
import { DispatchMap } from "@/components/dispatch/dispatch-map";
import { ZonesTable } from "@/components/dispatch/zones-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { actorCan } from "@/lib/platform/actor";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { makeQueryClient } from "@/lib/platform/query-client";
import { selectedStoreScope } from "@/lib/stores/server/queries";
import { findCourierStats, findCouriers, findZones } from "@/lib/dispatch/server/queries";
import { getDispatchMap } from "@/lib/dispatch/server/map-queries";
import { dispatchKeys } from "@/lib/dispatch/map/query-options";
import { DispatchPresencePanel } from "@/components/team/dispatch-presence";
import { db } from "@/lib/platform/db";
import { findDispatchPresence } from "@/lib/team/server/presence";

export default async function DispatchPage() {
  const actor = await requirePagePermission("dispatch.view");
  const [{ t, locale }, scope] = await Promise.all([getTranslator(), selectedStoreScope(actor)]);
  const queryClient = makeQueryClient();
  const [stats, couriers, zones, presence] = await Promise.all([
    findCourierStats(scope),
    findCouriers(),
    findZones(scope),
    findDispatchPresence(db),
    queryClient.prefetchQuery({
      queryKey: dispatchKeys.map(),
      queryFn: () => getDispatchMap(scope),
    }),
  ]);
  return (
    <>
      <PageHeader title={t("dispatch.title")} subtitle={t("dispatch.map.title")} />
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
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Suspense fallback={<div className="panel dispatch-skeleton" aria-busy="true" />}>
          <DispatchMap
            tileUrl={process.env.MAP_TILE_URL || null}
            tileAttribution={process.env.MAP_TILE_ATTRIBUTION || null}
            canAssign={actorCan(actor, "dispatch.assign")}
            canEditZones={actorCan(actor, "dispatch.zones")}
          />
        </Suspense>
      </HydrationBoundary>
      <DispatchPresencePanel presence={presence} locale={locale} t={t} />
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
