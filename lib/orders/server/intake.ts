import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "@/lib/platform/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import type { IntakeOrderInput } from "@/lib/orders/schemas";
import type { CampaignRule } from "@/lib/orders/domain/pricing";
import { distanceKm, quotedPrepMinutes, travelMinutes } from "@/lib/orders/domain/eta";
import { priceIntakeOrder } from "./intake-pricing";
import { autoAccepts, checkSlot } from "./intake-store";
import { reserveStock } from "./stock";
import { recordOrderChange } from "./order-effects";
import { recordRedemptions } from "@/lib/campaigns/server/redemptions";
import type { OrderActor } from "./order-actor";

export type IntakeOptions = {
  now?: Date;
  /** Campaign rules to apply; none until the campaigns module supplies them. */
  campaigns?: readonly CampaignRule[];
  /** Who the "placed" event names; the channel's key unless staff entered the order. */
  placedBy?: OrderActor;
};

export type PlacedOrder = {
  id: string;
  code: string;
  status: "PLACED" | "ACCEPTED";
  version: number;
  trackingToken: string;
  subtotalCents: number;
  discountCents: number;
  packagingFeeCents: number;
  deliveryFeeCents: number;
  totalCents: number;
  priceCheck: { expectedTotalCents: number; matches: boolean } | null;
  placedAt: Date;
  promisedAt: Date;
  prepMinutes: number;
};

const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function orderCode(storeCode: string): string {
  let suffix = "";
  for (let i = 0; i < 7; i++) suffix += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${storeCode}-${suffix}`;
}

/**
 * Places an order from an ordering channel: store, zone and menu checks, prices recomputed,
 * stock reserved, events and webhooks queued, auto-accept applied, all in one transaction so a
 * failure at any step leaves nothing behind.
 */
export async function placeChannelOrder(
  db: Db,
  principal: ApiPrincipal,
  input: IntakeOrderInput,
  options: IntakeOptions = {},
): Promise<PlacedOrder> {
  return db.$transaction((tx) => placeOrderInTx(tx, principal, input, options));
}

/**
 * The body of `placeChannelOrder` inside a caller's transaction, so back-office entry can add
 * its audit row to the same transaction while pricing stays in one place.
 */
export async function placeOrderInTx(
  tx: Prisma.TransactionClient,
  principal: ApiPrincipal,
  input: IntakeOrderInput,
  options: IntakeOptions = {},
): Promise<PlacedOrder> {
  const now = options.now ?? new Date();
  const { store, zone, point, quote } = await priceIntakeOrder(
    tx,
    principal,
    input,
    now,
    options.campaigns,
  );
  await checkSlot(tx, store, quote.totalCents, now);

  const prepMinutes = quotedPrepMinutes(store);
  const km = distanceKm([store.lng, store.lat], point);
  const promisedAt = new Date(now.getTime() + (prepMinutes + travelMinutes(km)) * 60_000);
  const auto = autoAccepts(store.autoAccept, principal.channel);
  const order = await tx.order.create({
    data: {
      code: orderCode(store.code),
      storeId: store.id,
      channel: principal.channel,
      channelOrderRef: input.channelOrderRef ?? null,
      status: "PLACED",
      subtotalCents: quote.subtotalCents,
      discountCents: quote.discountCents,
      deliveryFeeCents: quote.deliveryFeeCents,
      packagingFeeCents: quote.packagingFeeCents,
      totalCents: quote.totalCents,
      trackingToken: randomBytes(18).toString("base64url"),
      pricingExplanation: JSON.stringify(quote.explanation),
      customerName: input.customer.name,
      customerPhone: input.customer.phone,
      addressLine: input.address.line,
      lat: input.address.lat,
      lng: input.address.lng,
      zoneId: zone.id,
      note: input.note ?? null,
      prepMinutes,
      placedAt: now,
      promisedAt,
      items: {
        create: quote.lines.map((l) => ({
          itemId: l.itemId,
          nameZh: l.nameZh,
          nameEn: l.nameEn,
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
          options: JSON.stringify(l.options),
          lineTotalCents: l.lineTotalCents,
        })),
      },
    },
  });
  await recordRedemptions(tx, order.id, quote.customerId, quote.explanation, now);
  await reserveStock(tx, {
    storeId: store.id,
    orderId: order.id,
    lines: quote.lines.map((l) => ({
      itemId: l.itemId,
      name: l.nameEn,
      quantity: l.quantity,
      optionIds: l.options.map((o) => o.optionId),
    })),
    now,
  });
  const channel: OrderActor = options.placedBy ?? {
    type: "CHANNEL",
    id: principal.keyId,
    storeId: store.id,
  };
  const base = { order, reason: null, topic: "order.created" as const };
  await recordOrderChange(
    tx,
    channel,
    { ...base, type: "placed", from: null, to: "PLACED", version: 0 },
    now,
  );
  let version = 0;
  if (auto) {
    await tx.order.update({
      where: { id: order.id },
      data: { status: "ACCEPTED", acceptedAt: now, estimatedAt: promisedAt, version: 1 },
    });
    version = 1;
    const system: OrderActor = { type: "SYSTEM", id: "auto-accept", storeId: store.id };
    await recordOrderChange(
      tx,
      system,
      {
        ...base,
        type: "accept",
        from: "PLACED",
        to: "ACCEPTED",
        version,
        topic: "order.updated",
        data: { prepMinutes },
      },
      now,
    );
  }
  return {
    id: order.id,
    code: order.code,
    status: auto ? "ACCEPTED" : "PLACED",
    version,
    trackingToken: order.trackingToken,
    subtotalCents: quote.subtotalCents,
    discountCents: quote.discountCents,
    packagingFeeCents: quote.packagingFeeCents,
    deliveryFeeCents: quote.deliveryFeeCents,
    totalCents: quote.totalCents,
    priceCheck:
      input.expectedTotalCents === undefined
        ? null
        : {
            expectedTotalCents: input.expectedTotalCents,
            matches: input.expectedTotalCents === quote.totalCents,
          },
    placedAt: now,
    promisedAt,
    prepMinutes,
  };
}
