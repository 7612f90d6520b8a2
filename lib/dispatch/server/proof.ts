import { AppError } from "@/lib/platform/errors";

export const MAX_PROOF_BYTES = 512 * 1024;

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" &&
    b.subarray(8, 12).toString("latin1") === "WEBP",
};

/**
 * Decodes a base64 photo and checks it is what it claims (by its magic bytes) and small
 * enough; anything else is a 422 naming the `photo` field.
 */
export function decodeProof(photo: { contentType: string; data: string }): {
  mime: string;
  bytes: Buffer;
} {
  const bad = (message: string) =>
    new AppError("validation", message, { fields: { "photo.data": [message] } });
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(photo.data)) throw bad("The photo must be base64-encoded.");
  const bytes = Buffer.from(photo.data, "base64");
  if (bytes.length === 0) throw bad("The photo is empty.");
  if (bytes.length > MAX_PROOF_BYTES) throw bad("The photo must be at most 512 KiB.");
  const check = SIGNATURES[photo.contentType];
  if (!check || !check(bytes)) throw bad(`The photo is not a ${photo.contentType} image.`);
  return { mime: photo.contentType, bytes };
}
