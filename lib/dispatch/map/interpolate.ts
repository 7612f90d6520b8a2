/** A point in [lat, lng] order, as Leaflet takes it. */
export type LatLng = readonly [number, number];

/**
 * A marker's glide from where it was drawn to the latest reported position. Positions arrive
 * every few seconds; drawing the courier between them keeps motion smooth instead of jumping.
 */
export type Glide = { from: LatLng; to: LatLng; startedAt: number; durationMs: number };

/** Where a glide is at `now`: linear in time, clamped to its ends. */
export function positionAt(glide: Glide, now: number): LatLng {
  if (glide.durationMs <= 0) return glide.to;
  const t = Math.min(1, Math.max(0, (now - glide.startedAt) / glide.durationMs));
  return [
    glide.from[0] + (glide.to[0] - glide.from[0]) * t,
    glide.from[1] + (glide.to[1] - glide.from[1]) * t,
  ];
}

/** Whether the glide has reached its target. */
export function glideDone(glide: Glide, now: number): boolean {
  return now - glide.startedAt >= glide.durationMs;
}

/** Longest a glide may take; a courier must never lag far behind its real position. */
export const MAX_GLIDE_MS = 5_000;
/** Beyond this jump (degrees, ~1 km) the marker teleports: a glide would draw a false path. */
export const TELEPORT_DEGREES = 0.01;

/**
 * The next glide when a new position arrives: it starts from where the marker is drawn now
 * (mid-glide included) and lasts about as long as the gap between the last two updates, so
 * the marker arrives roughly when the next update is due.
 */
export function retarget(current: Glide | null, to: LatLng, now: number, gapMs: number): Glide {
  if (!current) return { from: to, to, startedAt: now, durationMs: 0 };
  const from = positionAt(current, now);
  const jump = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]));
  if (jump > TELEPORT_DEGREES) return { from: to, to, startedAt: now, durationMs: 0 };
  return { from, to, startedAt: now, durationMs: Math.min(MAX_GLIDE_MS, Math.max(0, gapMs)) };
}
