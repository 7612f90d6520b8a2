/** Largest image a message may carry. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export type ImageType = "image/png" | "image/jpeg" | "image/gif" | "image/webp";

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** The image type told by the file's first bytes, whatever its name or declared type says. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

export type AttachmentCheck =
  { ok: true; type: ImageType } | { ok: false; reason: "too_large" | "empty" | "not_an_image" };

/** Accepts only real images (by magic bytes) up to the size limit. */
export function checkAttachment(bytes: Uint8Array, limit = MAX_ATTACHMENT_BYTES): AttachmentCheck {
  if (bytes.byteLength === 0) return { ok: false, reason: "empty" };
  if (bytes.byteLength > limit) return { ok: false, reason: "too_large" };
  const type = sniffImageType(bytes);
  return type ? { ok: true, type } : { ok: false, reason: "not_an_image" };
}
