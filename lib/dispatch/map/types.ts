import { z } from "zod";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import type { Explanation } from "./explanation";

export const COURIER_STATUSES = [
  "OFFLINE",
  "AVAILABLE",
  "TO_PICKUP",
  "TO_DROPOFF",
  "BREAK",
] as const;
export type CourierStatusName = (typeof COURIER_STATUSES)[number];

/** Map filters as they live in the URL (`?zone=&status=`), plus the open detail panel. */
export const mapFiltersSchema = z.object({
  zone: z.string().max(64).optional().catch(undefined),
  status: z.enum(COURIER_STATUSES).optional().catch(undefined),
});
export type MapFilters = z.output<typeof mapFiltersSchema>;

/** A courier on the map. Times are ISO strings. */
export type MapCourier = {
  id: string;
  code: string;
  name: string;
  phone: string;
  status: CourierStatusName;
  vehicle: string;
  capacity: number;
  lat: number | null;
  lng: number | null;
  lastPingAt: string | null;
  homeZoneId: string | null;
};

/** An open order on the map: its pickup (the store) and drop-off (the customer). */
export type MapOrder = {
  id: string;
  code: string;
  status: string;
  storeId: string;
  storeCode: string;
  zoneId: string | null;
  courierId: string | null;
  pinned: boolean;
  pickup: { lat: number; lng: number };
  dropoff: { lat: number; lng: number };
  addressLine: string;
  placedAt: string;
  promisedAt: string;
  trackingToken: string;
};

export type MapZone = {
  id: string;
  name: string;
  storeId: string | null;
  /** [lng, lat] vertices. */
  polygon: [number, number][];
  autoDispatch: boolean;
  deliveryFeeCents: number;
  minOrderCents: number;
};

export type DispatchMapData = {
  couriers: MapCourier[];
  orders: MapOrder[];
  zones: MapZone[];
  plans: CourierPlan[];
  serverTime: string;
};

/** One assignment of an order, with why the courier was chosen. */
export type OrderAssignmentView = {
  courierId: string;
  courierCode: string;
  courierName: string;
  status: string;
  byActorType: string;
  pinned: boolean;
  createdAt: string;
  explanation: Explanation | null;
  /** Set when the courier declined the offer and said why. */
  declineReason: string | null;
};
