/** A zone as the editor loads it: [lng, lat] vertices and amounts in cents. */
export type EditableZone = {
  id: string;
  name: string;
  storeId: string | null;
  polygon: [number, number][];
  deliveryFeeCents: number;
  minOrderCents: number;
  active: boolean;
};

/** Yuan typed in a form to cents; NaN for text that is not an amount (the schema refuses it). */
export function yuanToCents(text: string): number {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

/** Cents shown in a yuan field. */
export function centsToYuan(cents: number): string {
  return (cents / 100).toFixed(2);
}
