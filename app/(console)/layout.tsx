import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { getActor } from "@/lib/platform/session";
import { getTranslator } from "@/lib/platform/i18n/server";
import { navFor } from "@/lib/platform/navigation";
import { actorCan } from "@/lib/platform/actor";
import { LowStockAlerts } from "@/components/menu/low-stock-alerts";
import { findStoreOptions, getSelectedStoreId } from "@/lib/stores/server/queries";

// Frames the console for a signed-in actor. Access is decided by each page, not here.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) return children;
  const [{ t }, stores, selectedStoreId] = await Promise.all([
    getTranslator(),
    findStoreOptions(actor),
    getSelectedStoreId(actor),
  ]);
  return (
    <ConsoleShell
      appName={t("app.name")}
      nav={navFor(actor)}
      user={{ name: actor.name, email: actor.email, roleLabel: t(`role.${actor.role}`) }}
      stores={stores}
      selectedStoreId={selectedStoreId}
    >
      {children}
      {actorCan(actor, "orders.view") && actorCan(actor, "menu.view") ? <LowStockAlerts /> : null}
    </ConsoleShell>
  );
}
