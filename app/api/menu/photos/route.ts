import { z } from "zod";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { withPermission, zodFieldErrors } from "@/lib/platform/guard";
import { PHOTO_MAX_BYTES } from "@/lib/menu/domain/image";
import { savePhoto } from "@/lib/menu/server/photos";

const fields = z.object({ storeId: z.string().min(1).max(64) });

/** Uploads a dish photo (multipart: storeId, file); 201 with its id and URL. */
export const POST = withPermission("menu.edit", async (request, { actor }) => {
  // Refuse an oversized body before reading it (the form overhead is small).
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > PHOTO_MAX_BYTES + 64_000) {
    throw new AppError("payload_too_large", "The photo is larger than 1 MB.", {
      fields: { file: ["The photo is larger than 1 MB."] },
    });
  }
  const form = await request.formData().catch(() => {
    throw new AppError("bad_request", "Send the photo as multipart/form-data.");
  });
  const parsed = fields.safeParse({ storeId: form.get("storeId") });
  if (!parsed.success) {
    throw new AppError("validation", "Name the store.", { fields: zodFieldErrors(parsed.error) });
  }
  const file = form.get("file");
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const photo = await savePhoto(db, actor, { storeId: parsed.data.storeId, bytes });
  return Response.json(photo, { status: 201 });
});
