// The shape of a courier's live plan, shared by the planner (which writes it), the dispatch map
// (which draws it) and the tracking page. Times are ISO strings in UTC.
export type PlannedStopKind = "PICKUP" | "DROPOFF";

export type PlannedStop = {
  orderId: string;
  orderCode: string;
  kind: PlannedStopKind;
  lat: number;
  lng: number;
  /** Planned arrival at the stop. */
  eta: string;
};

export type CourierPlan = {
  courierId: string;
  stops: PlannedStop[];
  updatedAt: string;
};

/** Payload of the `courier.position` live event. */
export type CourierPositionEvent = {
  courierId: string;
  lat: number;
  lng: number;
  status: string;
  at: string;
};

/** Payload of the `dispatch.plan` live event: the couriers whose plans changed. */
export type DispatchPlanEvent = { plans: CourierPlan[] };
