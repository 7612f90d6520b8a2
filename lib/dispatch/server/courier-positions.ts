import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { publishEvent } from "@/lib/platform/events";
import { judgePings, type PingVerdict } from "@/lib/dispatch/live/pings";
import type { CourierPositionEvent } from "@/lib/dispatch/plan-types";
import type { PositionsInput } from "@/lib/dispatch/courier-schemas";
import type { CourierPrincipal } from "./courier-http";

export type PositionsReport = {
  stored: number;
  flagged: { index: number; reason: string }[];
  dropped: { index: number; reason: string }[];
};

/**
 * Stores a batch of GPS fixes. Duplicates, fixes older than the last one and fixes from an
 * off-shift courier are dropped; impossible jumps are stored flagged and never move the
 * courier. The newest trusted fix becomes the courier's position (`courier.position`).
 */
export async function reportPositions(
  db: Db,
  courier: CourierPrincipal,
  input: PositionsInput,
  now = new Date(),
): Promise<PositionsReport> {
  const row = await db.courier.findUniqueOrThrow({
    where: { id: courier.id },
    select: { lastLat: true, lastLng: true, lastPingAt: true, status: true },
  });
  const pings = input.pings.map((p) => ({ ...p, recordedAt: Date.parse(p.recordedAt) }));
  const last =
    row.lastLat !== null && row.lastLng !== null && row.lastPingAt !== null
      ? { lat: row.lastLat, lng: row.lastLng, recordedAt: row.lastPingAt.getTime() }
      : null;
  const verdicts = judgePings(pings, last, {
    onShift: row.status !== "OFFLINE",
    now: now.getTime(),
  });
  const keep = verdicts.filter(
    (v): v is Extract<PingVerdict, { action: "store" }> => v.action === "store",
  );
  const trusted = keep
    .filter((v) => v.flag === null)
    .map((v) => pings[v.index])
    .filter((p) => p !== undefined)
    .sort((a, b) => b.recordedAt - a.recordedAt)[0];
  await db.$transaction(async (tx) => {
    if (keep.length > 0) {
      await tx.courierPosition.createMany({
        data: keep.map((v) => {
          const p = pings[v.index];
          return {
            courierId: courier.id,
            lat: p?.lat ?? 0,
            lng: p?.lng ?? 0,
            speedMps: p?.speedMps ?? null,
            recordedAt: new Date(p?.recordedAt ?? 0),
            receivedAt: now,
            flagged: v.flag,
          };
        }),
      });
    }
    if (trusted) {
      await tx.courier.update({
        where: { id: courier.id },
        data: {
          lastLat: trusted.lat,
          lastLng: trusted.lng,
          lastPingAt: new Date(trusted.recordedAt),
        },
      });
      const payload: CourierPositionEvent = {
        courierId: courier.id,
        lat: trusted.lat,
        lng: trusted.lng,
        status: row.status,
        at: new Date(trusted.recordedAt).toISOString(),
      };
      await publishEvent(tx, { topic: "courier.position", storeId: null, payload });
    }
  });
  return {
    stored: keep.length,
    flagged: keep
      .filter((v) => v.flag !== null)
      .map((v) => ({ index: v.index, reason: v.flag ?? "" })),
    dropped: verdicts.flatMap((v) =>
      v.action === "drop" ? [{ index: v.index, reason: v.reason }] : [],
    ),
  };
}
