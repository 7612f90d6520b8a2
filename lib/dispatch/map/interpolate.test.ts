import { describe, expect, it } from "vitest";
import { glideDone, positionAt, retarget, TELEPORT_DEGREES, type Glide } from "./interpolate";

const glide: Glide = {
  from: [31.2, 121.4],
  to: [31.202, 121.404],
  startedAt: 1_000,
  durationMs: 2_000,
};

describe("courier marker interpolation", () => {
  it("moves linearly between two reported positions and stops at the target", () => {
    expect(positionAt(glide, 1_000)).toEqual([31.2, 121.4]);
    const [lat, lng] = positionAt(glide, 2_000);
    expect(lat).toBeCloseTo(31.201, 9);
    expect(lng).toBeCloseTo(121.402, 9);
    expect(positionAt(glide, 9_000)).toEqual([31.202, 121.404]);
    expect(glideDone(glide, 2_999)).toBe(false);
    expect(glideDone(glide, 3_000)).toBe(true);
  });

  it("starts the next glide from where the marker is drawn, not from the last report", () => {
    const next = retarget(glide, [31.204, 121.404], 2_000, 3_000);
    expect(next.from[0]).toBeCloseTo(31.201, 9);
    expect(next.to).toEqual([31.204, 121.404]);
    expect(next.durationMs).toBe(3_000);
  });

  it("places the first position directly and teleports over implausible jumps", () => {
    expect(retarget(null, [31.2, 121.4], 0, 3_000).durationMs).toBe(0);
    const far = retarget(glide, [31.2 + TELEPORT_DEGREES * 3, 121.4], 5_000, 3_000);
    expect(far.durationMs).toBe(0);
    expect(positionAt(far, 5_000)).toEqual([31.2 + TELEPORT_DEGREES * 3, 121.4]);
  });

  it("never lags more than a few seconds behind after a long silence", () => {
    expect(retarget(glide, [31.2021, 121.404], 10_000, 60_000).durationMs).toBeLessThanOrEqual(
      5_000,
    );
  });
});
