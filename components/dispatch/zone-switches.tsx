"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { MapZone } from "@/lib/dispatch/map/types";
import type { DispatchCommands } from "./use-dispatch-commands";

/** Pause or resume auto-assignment zone by zone. */
export function ZoneSwitches(props: {
  zones: MapZone[];
  canAssign: boolean;
  commands: DispatchCommands;
}) {
  const { t } = useI18n();
  return (
    <section data-testid="zone-switches">
      <h4>{t("dispatch.map.autoDispatch")}</h4>
      <ul className="order-list">
        {props.zones.map((z) => (
          <li key={z.id} data-zone={z.id} data-auto={z.autoDispatch ? "on" : "off"}>
            <span className={`badge ${z.autoDispatch ? "ok" : "warn"}`}>
              {t(z.autoDispatch ? "dispatch.map.running" : "dispatch.map.paused")}
            </span>{" "}
            {z.name}{" "}
            {props.canAssign ? (
              <button
                type="button"
                className="button ghost small"
                disabled={props.commands.pending}
                onClick={() =>
                  props.commands.run({ kind: "zone", zoneId: z.id, enabled: !z.autoDispatch })
                }
              >
                {t(z.autoDispatch ? "dispatch.map.pause" : "dispatch.map.resume")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
