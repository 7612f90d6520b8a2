import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { PHOTO_MAX_BYTES, photoUrl, sniffImageType } from "../domain/image";
import { requireStore } from "./menu-csv";

/**
 * Stores an uploaded dish photo for a store after checking its real type (magic bytes) and
 * size; the item editor then links it by id. Returns where it is served.
 */
export async function savePhoto(
  db: Db,
  actor: Actor,
  input: { storeId: string; bytes: Uint8Array },
): Promise<{ id: string; url: string }> {
  await requireStore(db, actor, input.storeId);
  if (input.bytes.length === 0) {
    throw new AppError("validation", "Choose a photo.", { fields: { file: ["Choose a photo."] } });
  }
  if (input.bytes.length > PHOTO_MAX_BYTES) {
    throw new AppError("payload_too_large", "The photo is larger than 1 MB.", {
      fields: { file: ["The photo is larger than 1 MB."] },
    });
  }
  const mime = sniffImageType(input.bytes);
  if (!mime) {
    throw new AppError("validation", "Only PNG, JPEG, WebP or GIF images.", {
      fields: { file: ["Only PNG, JPEG, WebP or GIF images."] },
    });
  }
  const photo = await db.menuPhoto.create({
    data: {
      storeId: input.storeId,
      mime,
      size: input.bytes.length,
      data: Buffer.from(input.bytes),
      createdById: actor.id,
    },
    select: { id: true },
  });
  return { id: photo.id, url: photoUrl(photo.id) };
}

/** A photo of one of the actor's stores; a foreign id reads as missing. */
export async function getPhoto(db: Db, actor: Actor, id: string) {
  const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
  const photo = await db.menuPhoto.findFirst({
    where: { id, ...scope },
    select: { mime: true, data: true },
  });
  if (!photo) throw new AppError("not_found", "No such photo.");
  return photo;
}
