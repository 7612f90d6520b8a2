import "server-only";
import { db } from "@/lib/platform/db";
import { csvLine } from "@/lib/analytics/domain/csv";
import type { Drill } from "@/lib/analytics/schemas";
import { DRILL_ORDER_SELECT, findOrdersByIds, resolveDrill } from "./drill";
import type { AnalyticsScope } from "./scope";

const BATCH = 1000;
const HEADER = [
  "code",
  "placedAt",
  "store",
  "zone",
  "channel",
  "status",
  "totalCents",
  "discountCents",
  "refundedCents",
  "deliveredAt",
  "promisedAt",
];

/**
 * The drill-down's orders as a CSV stream, read in keyset batches so a large export never
 * holds every row in memory; `total` is sent first (as a header) for the progress display.
 */
export async function orderCsvStream(scope: AnalyticsScope, drill: Drill) {
  const { where, ids } = await resolveDrill(scope, drill);
  const total = ids?.length ?? (await db.order.count({ where }));
  let offset = 0;
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
    },
    async pull(controller) {
      if (done) return;
      // A bucket's or cohort's orders come as ids: read them a batch at a time.
      const rows =
        ids !== null
          ? await findOrdersByIds(ids.slice(offset, offset + BATCH))
          : await db.order.findMany({
              where,
              select: DRILL_ORDER_SELECT,
              orderBy: { id: "asc" },
              take: BATCH,
              ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
            });
      offset += rows.length;
      const text = rows
        .map((o) =>
          csvLine([
            o.code,
            o.placedAt,
            o.store.code,
            o.zone?.name,
            o.channel,
            o.status,
            o.totalCents,
            o.discountCents,
            o.refundedCents,
            o.deliveredAt,
            o.promisedAt,
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      cursor = rows.at(-1)?.id;
      if (rows.length < BATCH) {
        done = true;
        controller.close();
      }
    },
  });
  return { total, stream };
}
