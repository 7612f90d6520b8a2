import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** What the simulator knows of one of its orders in flight. */
export type SimOrder = {
  id: string;
  version: number;
  status: OrderStatus;
  placedAt: Date;
  acceptedAt: Date | null;
  readyAt: Date | null;
  pickedUpAt: Date | null;
  /** Prep time quoted at acceptance; null until then. */
  prepMinutes: number | null;
  estimatedAt: Date | null;
};

export type SimStep = "accept" | "start_preparing" | "mark_ready" | "pick_up" | "deliver";

/** One thing to do now; `by` says whether the store (system) or a courier does it. */
export type SimAction = {
  orderId: string;
  version: number;
  step: SimStep;
  by: "store" | "courier";
};

export type SimTiming = {
  acceptAfterMs: number;
  defaultPrepMs: number;
  startPreparingAfterMs: number;
  pickupAfterReadyMs: number;
  minRideMs: number;
};

// Staff glance at the tablet within a minute; a courier is at the counter a few minutes later.
export const DEFAULT_TIMING: SimTiming = {
  acceptAfterMs: 45_000,
  defaultPrepMs: 15 * 60_000,
  startPreparingAfterMs: 30_000,
  pickupAfterReadyMs: 3 * 60_000,
  minRideMs: 6 * 60_000,
};

const since = (from: Date | null, now: Date) => (from ? now.getTime() - from.getTime() : -1);

function nextStep(o: SimOrder, now: Date, t: SimTiming): SimAction["step"] | null {
  switch (o.status) {
    case "PLACED":
      return since(o.placedAt, now) >= t.acceptAfterMs ? "accept" : null;
    case "ACCEPTED":
      return since(o.acceptedAt, now) >= t.startPreparingAfterMs ? "start_preparing" : null;
    case "PREPARING": {
      const prepMs = o.prepMinutes === null ? t.defaultPrepMs : o.prepMinutes * 60_000;
      return since(o.acceptedAt, now) >= prepMs ? "mark_ready" : null;
    }
    case "READY":
      return since(o.readyAt, now) >= t.pickupAfterReadyMs ? "pick_up" : null;
    case "PICKED_UP": {
      // Arrive at the quoted ETA, but never teleport: a ride takes a few minutes at least.
      const rode = since(o.pickedUpAt, now) >= t.minRideMs;
      const eta = o.estimatedAt === null || now >= o.estimatedAt;
      return rode && eta ? "deliver" : null;
    }
    default:
      return null;
  }
}

/** The steps a store and its couriers would take on these orders at `now`, one per order. */
export function planActions(
  orders: readonly SimOrder[],
  now: Date,
  timing: SimTiming = DEFAULT_TIMING,
): SimAction[] {
  const actions: SimAction[] = [];
  for (const o of orders) {
    const step = nextStep(o, now, timing);
    if (step === null) continue;
    const by = step === "pick_up" || step === "deliver" ? "courier" : "store";
    actions.push({ orderId: o.id, version: o.version, step, by });
  }
  return actions;
}
