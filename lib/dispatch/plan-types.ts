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

/** One courier's price for an order, as stored in an assignment's explanation. */
export type AssignmentCandidate = {
  courierId: string;
  courierCode: string;
  /** Added plan cost in minute-equivalents (travel + weighted lateness + fairness). */
  cost: number;
  /** Extra travel minutes the order adds to that courier's plan. */
  extraMinutes: number;
  pickupEta: string;
  dropoffEta: string;
  /** Minutes past the promised time at the door (0 = on time). */
  lateMinutes: number;
  /** Stops the courier makes before this pickup. */
  stopsBefore: number;
};

/**
 * DeliveryAssignment.explanation (JSON): why this courier, and who else was considered. Only
 * language-neutral facts are stored; the UI words them in the viewer's language
 * (`lib/dispatch/map/explanation-text.ts`).
 */
export type AssignmentExplanation = {
  kind: "auto" | "manual";
  mode: "assign" | "offer";
  chosen: AssignmentCandidate | null;
  /** The next cheapest couriers, cheapest first. */
  alternatives: AssignmentCandidate[];
  /** How many couriers were priced. */
  considered: number;
  /** Couriers left out because they declined or let an offer expire. */
  excludedCourierIds: string[];
  decidedAt: string;
  /** For manual choices: who made it, the courier chosen and whether it was pinned. */
  byEmail?: string;
  courierCode?: string;
  pinned?: boolean;
};
