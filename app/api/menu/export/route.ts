import { z } from "zod";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { withPermission } from "@/lib/platform/guard";
import { exportMenuCsv } from "@/lib/menu/server/menu-csv";

const query = z.object({ store: z.string().min(1).max(64) });

/** Downloads a store's menu as CSV (the import's format). */
export const GET = withPermission("menu.view", async (request, { actor }) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    throw new AppError("validation", "Name the store.", { fields: { store: ["Required."] } });
  }
  const csv = await exportMenuCsv(db, actor, parsed.data.store);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="menu-${parsed.data.store}.csv"`,
      "cache-control": "no-store",
    },
  });
});
