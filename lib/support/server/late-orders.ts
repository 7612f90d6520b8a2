import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { addSystemNote } from "./messages-write";
import { openTicket } from "./open-ticket";
import { withFreshTicketCode } from "@/lib/tracking/server/ticket-code";

/** Minutes past the promised time after which a late order gets a ticket. */
export const LATE_TICKET_MINUTES = 15;
const ACTIVE = ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;

/**
 * Opens a ticket for every order still on its way more than `minutes` past its promise, or
 * raises the open one of the order to URGENT once it is twice that late. Idempotent: running
 * it again changes nothing until an order crosses the next line.
 */
export async function sweepLateOrders(db: Db, now: Date, minutes = LATE_TICKET_MINUTES) {
  const late = await db.order.findMany({
    where: {
      status: { in: [...ACTIVE] },
      // Orders stuck for more than a day are data to clean up, not customers waiting.
      promisedAt: {
        lt: new Date(now.getTime() - minutes * 60_000),
        gt: new Date(now.getTime() - 86_400_000),
      },
    },
    select: {
      id: true,
      code: true,
      storeId: true,
      customerId: true,
      promisedAt: true,
      tickets: {
        where: { status: { in: ["OPEN", "PENDING_CUSTOMER"] }, mergedIntoId: null },
        select: { id: true, priority: true, source: true },
      },
    },
    take: 200,
  });
  let opened = 0;
  let raised = 0;
  for (const order of late) {
    const lateMin = Math.floor((now.getTime() - order.promisedAt.getTime()) / 60_000);
    const open = order.tickets[0];
    if (!open) {
      // One exception ticket per order: a resolved one is not reopened by the sweep.
      const had = await db.ticket.count({
        where: { orderId: order.id, source: "ORDER_EXCEPTION" },
      });
      if (had > 0) continue;
      await withFreshTicketCode(() =>
        db.$transaction((tx) =>
          openTicket(
            tx,
            {
              source: "ORDER_EXCEPTION",
              subject: `Order late / 订单超时 ${lateMin} min · ${order.code}`,
              priority: lateMin >= 2 * minutes ? "URGENT" : "HIGH",
              labels: ["late"],
              orderId: order.id,
              customerId: order.customerId,
              storeId: order.storeId,
              message: {
                authorType: "SYSTEM",
                body: `Order ${order.code} is ${lateMin} min past its promised time. / 订单已超时 ${lateMin} 分钟。`,
              },
            },
            now,
          ),
        ),
      );
      opened += 1;
    } else if (lateMin >= 2 * minutes && open.priority !== "URGENT") {
      await db.$transaction(async (tx) => {
        await tx.ticket.update({
          where: { id: open.id },
          data: { priority: "URGENT", version: { increment: 1 } },
        });
        await addSystemNote(
          tx,
          open.id,
          `Still not delivered, ${lateMin} min late: raised to urgent / 仍未送达，升级为紧急`,
          now,
        );
      });
      raised += 1;
    }
  }
  return { opened, raised };
}
