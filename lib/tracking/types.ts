import type { OrderStatus } from "@/lib/generated/prisma/enums";

export type GeoPoint = { lat: number; lng: number };

/** Everything the public tracking page may show: one order, nothing that identifies others. */
export type TrackingView = {
  code: string;
  status: OrderStatus;
  steps: { status: OrderStatus; at: string | null }[];
  promisedAt: string;
  estimatedAt: string | null;
  closedAt: string | null;
  store: { nameZh: string; nameEn: string; phone: string; position: GeoPoint };
  destination: GeoPoint;
  courier: { name: string; phone: string; position: GeoPoint | null } | null;
  items: { nameZh: string; nameEn: string; quantity: number }[];
  totalCents: number;
  /** Stars the customer gave, once delivered and rated. */
  rating: number | null;
};
