import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { AppError } from "@/lib/platform/errors";

/** An order as a channel sees it through the public API. */
export type ChannelOrder = Awaited<ReturnType<typeof getChannelOrder>>;

/** One order of the API key's store; an order of any other store reads as missing. */
export async function getChannelOrder(
  db: Db,
  principal: ApiPrincipal,
  id: string,
  baseUrl: string,
) {
  const order = await db.order.findFirst({
    where: { id, storeId: principal.storeId },
    select: {
      id: true,
      code: true,
      channel: true,
      channelOrderRef: true,
      status: true,
      version: true,
      subtotalCents: true,
      discountCents: true,
      packagingFeeCents: true,
      deliveryFeeCents: true,
      totalCents: true,
      refundedCents: true,
      currency: true,
      trackingToken: true,
      placedAt: true,
      acceptedAt: true,
      readyAt: true,
      pickedUpAt: true,
      deliveredAt: true,
      cancelledAt: true,
      cancelReason: true,
      promisedAt: true,
      estimatedAt: true,
      items: {
        select: {
          id: true,
          itemId: true,
          nameZh: true,
          nameEn: true,
          quantity: true,
          unitPriceCents: true,
          lineTotalCents: true,
          refundedQty: true,
        },
      },
    },
  });
  if (!order) throw new AppError("not_found", "Order not found.");
  const { trackingToken, ...rest } = order;
  return { ...rest, trackingUrl: trackingUrl(baseUrl, trackingToken) };
}

/** The public tracking page of an order. */
export function trackingUrl(baseUrl: string, token: string): string {
  return new URL(`/track/${token}`, baseUrl).toString();
}
