import type { CampaignState } from "./types";

export type CampaignAction = "publish" | "pause" | "resume" | "end";

/**
 * The campaign state machine: draft → scheduled → live → paused → ended. Publishing a budget
 * at or above the approval line goes to PENDING_APPROVAL first; approval then publishes it.
 * Returns the next state, or null when the action is not allowed from `from`.
 */
export function nextCampaignState(
  from: CampaignState,
  action: CampaignAction,
  at: { now: Date; startsAt: Date; endsAt: Date; needsApproval: boolean },
): CampaignState | null {
  const running: CampaignState = at.now < at.startsAt ? "SCHEDULED" : "LIVE";
  if (action === "end") return from === "ENDED" ? null : "ENDED";
  if (at.now >= at.endsAt && action !== "pause") return null;
  switch (action) {
    case "publish":
      if (from !== "DRAFT") return null;
      return at.needsApproval ? "PENDING_APPROVAL" : running;
    case "pause":
      return from === "LIVE" || from === "SCHEDULED" ? "PAUSED" : null;
    case "resume":
      return from === "PAUSED" ? running : null;
  }
}

/** Only drafts and paused campaigns may have their terms changed. */
export function isEditable(state: CampaignState): boolean {
  return state === "DRAFT" || state === "PAUSED";
}

/** Two periods overlap when each starts before the other ends. */
export function periodsOverlap(
  a: { startsAt: Date; endsAt: Date },
  b: { startsAt: Date; endsAt: Date },
): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** Store sets overlap; an empty set means every store. */
export function storesOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((s) => b.includes(s));
}
