import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import type { IntakeOrderInput } from "@/lib/orders/schemas";
import { priceCart, type CampaignRule } from "@/lib/orders/domain/pricing";
import { applyCampaigns } from "@/lib/campaigns/server/pricing";
import { loadMenuPrices } from "./intake-menu";
import { checkStoreAccepts } from "./intake-store";

/**
 * The pricing step of intake, on its own so the phone-order preview prices exactly as the
 * intake does: store and zone checks, menu prices and fees, then the campaigns engine.
 */
export async function priceIntakeOrder(
  tx: Prisma.TransactionClient,
  target: { storeId: string; channel: Channel },
  input: Pick<IntakeOrderInput, "address" | "items" | "customer" | "couponCode">,
  now: Date,
  campaigns?: readonly CampaignRule[],
) {
  const point = [input.address.lng, input.address.lat] as const;
  const { store, zone } = await checkStoreAccepts(tx, target.storeId, point, now);
  const menu = await loadMenuPrices(
    tx,
    store.id,
    input.items.map((i) => i.itemId),
    now,
    target.channel,
  );
  const priced = priceCart({
    lines: input.items,
    menu,
    fees: {
      packagingFeeCents: store.packagingFeeCents,
      deliveryFeeCents: zone.deliveryFeeCents,
      minOrderCents: Math.max(store.minOrderCents, zone.minOrderCents),
    },
    campaigns,
  });
  if (!priced.ok) {
    throw new AppError("validation", "Some items cannot be ordered as sent.", {
      fields: priced.fields,
    });
  }
  // The campaigns engine prices discounts; its explanation is stored on the order.
  const quote = await applyCampaigns(tx, priced.quote, {
    storeId: store.id,
    zoneId: zone.id,
    channel: target.channel,
    phone: input.customer.phone,
    couponCode: input.couponCode,
    now,
  });
  return { store, zone, point, quote };
}
