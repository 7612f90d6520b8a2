import type { Explanation } from "./types";

const MONEY_PARAMS = new Set(["min", "off", "price"]);

/** Reads a stored explanation; anything unreadable (older orders) is null. */
export function parseExplanation(json: string | null): Explanation | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<Explanation>;
    return value.version === 1 && Array.isArray(value.lines) ? (value as Explanation) : null;
  } catch {
    return null;
  }
}

/** Explanation params ready for a message template: money params formatted, others as-is. */
export function renderParams(
  params: Record<string, string | number>,
  money: (cents: number) => string,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      MONEY_PARAMS.has(k) && typeof v === "number" ? money(v) : v,
    ]),
  );
}
