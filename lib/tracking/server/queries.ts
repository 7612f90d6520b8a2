import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { maskPhone } from "@/lib/platform/i18n/format";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { getCustomerSupport } from "@/lib/support/server/customer-thread";
import type { TrackingView } from "../types";
import { findOrderRefunds } from "./refunds";

// Tokens are base64url of ≥16 random bytes; anything else is refused before touching the DB.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The public view of the one order behind a tracking token (exact match); null when unknown. */
export async function getTrackingView(db: Db, token: string): Promise<TrackingView | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const o = await db.order.findUnique({
    where: { trackingToken: token },
    select: {
      id: true,
      trackingToken: true,
      code: true,
      status: true,
      placedAt: true,
      acceptedAt: true,
      readyAt: true,
      pickedUpAt: true,
      deliveredAt: true,
      cancelledAt: true,
      promisedAt: true,
      estimatedAt: true,
      lat: true,
      lng: true,
      totalCents: true,
      store: { select: { nameZh: true, nameEn: true, phone: true, lat: true, lng: true } },
      courier: { select: { name: true, phone: true, lastLat: true, lastLng: true } },
      items: { select: { id: true, nameZh: true, nameEn: true, quantity: true } },
      review: { select: { rating: true } },
    },
  });
  // SQLite compares text case-insensitively only with NOCASE; this guards the exact match anyway.
  if (!o || o.trackingToken !== token) return null;
  const steps: { status: OrderStatus; at: string | null }[] = [
    { status: "PLACED", at: iso(o.placedAt) },
    { status: "ACCEPTED", at: iso(o.acceptedAt) },
    { status: "READY", at: iso(o.readyAt) },
    { status: "PICKED_UP", at: iso(o.pickedUpAt) },
    { status: "DELIVERED", at: iso(o.deliveredAt) },
  ];
  const courierPosition =
    o.status === "PICKED_UP" && o.courier?.lastLat != null && o.courier.lastLng != null
      ? { lat: o.courier.lastLat, lng: o.courier.lastLng }
      : null;
  const [support, refunds] = await Promise.all([
    getCustomerSupport(db, o.id),
    findOrderRefunds(db, o.id, o.items),
  ]);
  return {
    code: o.code,
    status: o.status,
    steps,
    promisedAt: o.promisedAt.toISOString(),
    estimatedAt: iso(o.estimatedAt),
    closedAt: iso(o.cancelledAt),
    store: {
      nameZh: o.store.nameZh,
      nameEn: o.store.nameEn,
      phone: maskPhone(o.store.phone),
      position: { lat: o.store.lat, lng: o.store.lng },
    },
    destination: { lat: o.lat, lng: o.lng },
    courier: o.courier
      ? { name: o.courier.name, phone: maskPhone(o.courier.phone), position: courierPosition }
      : null,
    items: o.items.map((i) => ({ nameZh: i.nameZh, nameEn: i.nameEn, quantity: i.quantity })),
    totalCents: o.totalCents,
    rating: o.review?.rating ?? null,
    support,
    refunds,
  };
}
