import type { CandidateCost, LiveAssignment } from "@/lib/dispatch/live/types";
import type { AssignmentCandidate, AssignmentExplanation } from "@/lib/dispatch/plan-types";

function view(c: CandidateCost): AssignmentCandidate {
  return {
    courierId: c.courierId,
    courierCode: c.courierCode,
    cost: Math.round(c.cost * 10) / 10,
    extraMinutes: c.extraMinutes,
    pickupEta: new Date(c.pickupEta).toISOString(),
    dropoffEta: new Date(c.dropoffEta).toISOString(),
    lateMinutes: c.lateMinutes,
    stopsBefore: c.stopsBefore,
  };
}

/** The stored explanation of an automatic choice. */
export function autoExplanation(
  a: LiveAssignment,
  mode: "assign" | "offer",
  excluded: string[],
  now: Date,
): AssignmentExplanation {
  const chosen = view(a.chosen);
  const alternatives = a.alternatives.map(view);
  return {
    kind: "auto",
    mode,
    chosen,
    alternatives,
    considered: a.considered,
    excludedCourierIds: excluded,
    decidedAt: now.toISOString(),
  };
}
