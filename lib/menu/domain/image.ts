/** Dish photos: accepted types are recognised by their first bytes, never by name or header. */
export const PHOTO_MAX_BYTES = 1_000_000;

export type PhotoType = "image/png" | "image/jpeg" | "image/webp" | "image/gif";

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** The image type the bytes really are (PNG, JPEG, WebP, GIF), or null for anything else. */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  return null;
}

/** Where an uploaded photo is served. */
export const photoUrl = (id: string) => `/api/menu/photos/${id}`;

/** The photo id inside a URL made by `photoUrl`, else null (e.g. an external URL). */
export function photoIdOf(url: string | null): string | null {
  const m = /^\/api\/menu\/photos\/([A-Za-z0-9_-]{1,64})$/.exec(url ?? "");
  return m?.[1] ?? null;
}
