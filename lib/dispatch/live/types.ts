// Inputs and outputs of the live planner. Times are epoch milliseconds, positions degrees.

/** An order already in a courier's bag: only its drop-off remains, with that courier. */
export type OnBoardOrder = {
  orderId: string;
  code: string;
  lat: number;
  lng: number;
  promisedAt: number;
};

export type LiveCourier = {
  id: string;
  code: string;
  lat: number;
  lng: number;
  /** Bags; every order takes one. */
  capacity: number;
  /** False for couriers on break or off shift: they keep what they carry, nothing new. */
  available: boolean;
  onBoard: OnBoardOrder[];
};

/** An order waiting to be picked up. */
export type LiveOrder = {
  id: string;
  code: string;
  pickupLat: number;
  pickupLng: number;
  dropLat: number;
  dropLng: number;
  /** When the food is (expected to be) ready at the store. */
  readyAt: number;
  promisedAt: number;
  /** The courier it is with now, if any (assigned or offered). */
  currentCourierId: string | null;
  /** Fixed to `currentCourierId`: pinned, manual, or an offer awaiting an answer. */
  fixed: boolean;
  /** Its zone has auto-dispatch paused: only a fixed choice moves it. */
  paused: boolean;
  /** Couriers who declined it or let an offer expire. */
  excludedCourierIds: readonly string[];
};

export type LiveSettings = {
  speedKmh: number;
  /** Handling time at each stop, minutes. */
  serviceMinutes: number;
  /** Cost per minute late against the promise, on top of one per travel minute. */
  latenessWeight: number;
  /** Cost per squared minute of a courier's plan length, divided by 60: spreads the work. */
  fairnessWeight: number;
  /** Cost of moving an order away from the courier it is with, to avoid churn. */
  switchPenalty: number;
  /** How many alternatives an explanation lists. */
  alternatives: number;
};

export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  speedKmh: 18,
  serviceMinutes: 2,
  latenessWeight: 3,
  fairnessWeight: 0.05,
  switchPenalty: 4,
  alternatives: 3,
};

export type StopKind = "PICKUP" | "DROPOFF";

export type LiveStop = {
  orderId: string;
  code: string;
  kind: StopKind;
  lat: number;
  lng: number;
  /** Arrival (service start) time. */
  eta: number;
};

/** One courier's cost of taking an order, in minute-equivalents, as explanations show it. */
export type CandidateCost = {
  courierId: string;
  courierCode: string;
  /** Added plan cost (travel + lateness + fairness), the number the choice minimises. */
  cost: number;
  /** Extra travel minutes this order adds to the courier's plan. */
  extraMinutes: number;
  pickupEta: number;
  dropoffEta: number;
  /** Minutes past the promise at the drop-off (0 when on time). */
  lateMinutes: number;
  /** Stops already planned before this order's pickup. */
  stopsBefore: number;
};

export type LiveAssignment = {
  orderId: string;
  courierId: string;
  chosen: CandidateCost;
  alternatives: CandidateCost[];
  considered: number;
};

export type UnplannedReason = "paused" | "no_courier";

export type LivePlanResult = {
  routes: Map<string, LiveStop[]>;
  /** Where each planned order goes, with the reasons. */
  assignments: LiveAssignment[];
  unplanned: { orderId: string; reason: UnplannedReason }[];
  cost: number;
  elapsedMs: number;
};
