import Link from "next/link";
import { z } from "zod";
import { ZoneEditor } from "@/components/dispatch/zone-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { findStoreOptions } from "@/lib/stores/server/queries";
import { findEditableZones } from "@/lib/dispatch/server/zone-queries";

const paramsSchema = z.object({ zone: z.string().max(64).optional().catch(undefined) });

export default async function ZonesPage(props: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePagePermission("dispatch.zones");
  const { zone } = paramsSchema.parse(await props.searchParams);
  const [{ t }, zones, stores] = await Promise.all([
    getTranslator(),
    findEditableZones(actor),
    findStoreOptions(actor),
  ]);
  return (
    <>
      <PageHeader
        title={t("dispatch.zones.title")}
        subtitle={t("dispatch.zones.subtitle")}
        actions={
          <Link href="/dispatch" className="button">
            {t("dispatch.zones.back")}
          </Link>
        }
      />
      <ZoneEditor
        zones={zones}
        stores={stores}
        initialZoneId={zone ?? null}
        canPlatformWide={actor.storeIds === null}
        tileUrl={process.env.MAP_TILE_URL || null}
        tileAttribution={process.env.MAP_TILE_ATTRIBUTION || null}
      />
    </>
  );
}
