import type { CandidateCost, LiveAssignment } from "@/lib/dispatch/live/types";
import type { AssignmentCandidate, AssignmentExplanation } from "@/lib/dispatch/plan-types";

const hhmm = (iso: string) => iso.slice(11, 16);

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

/** A one-line English reading of a choice (UTC clock times). */
export function summarise(
  chosen: AssignmentCandidate,
  alternatives: AssignmentCandidate[],
): string {
  const timing =
    chosen.lateMinutes > 0 ? `${chosen.lateMinutes} min late` : "on time for the promise";
  const head =
    `${chosen.courierCode}: +${chosen.extraMinutes} min of riding, pickup ${hhmm(chosen.pickupEta)}, ` +
    `drop-off ${hhmm(chosen.dropoffEta)} UTC, ${timing} (cost ${chosen.cost})`;
  if (alternatives.length === 0) return `${head}; no other courier could take it.`;
  const next = alternatives.map((a) => `${a.courierCode} cost ${a.cost}`).join(", ");
  return `${head}; next best: ${next}.`;
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
    summary: summarise(chosen, alternatives),
    chosen,
    alternatives,
    considered: a.considered,
    excludedCourierIds: excluded,
    decidedAt: now.toISOString(),
  };
}
