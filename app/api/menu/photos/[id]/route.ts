import { db } from "@/lib/platform/db";
import { withPermission } from "@/lib/platform/guard";
import { getPhoto } from "@/lib/menu/server/photos";

/** Serves an uploaded dish photo with the type its bytes were checked to be. */
export const GET = withPermission<{ id: string }>(null, async (_request, { actor, params }) => {
  const photo = await getPhoto(db, actor, params.id.slice(0, 64));
  return new Response(new Uint8Array(photo.data), {
    headers: {
      "content-type": photo.mime,
      "x-content-type-options": "nosniff",
      // Photos never change under the same id.
      "cache-control": "private, max-age=31536000, immutable",
    },
  });
});
