import type { Channel, OrderStatus } from "@/lib/generated/prisma/client";
import { buildCart, optionsJson } from "./cart";
import type { CourierCtx } from "./couriers";
import type { Env } from "./env";
import { gridZoneIndex, pointInPolygon } from "./geography";
import { chineseName } from "./names";
import { writeTimeline } from "./order-events";
import { decideRefund, writeRefund } from "./refunds";
import type { StoreCtx } from "./stores";
import { onOrderSettled } from "./support";
import { cancelReason, type Plan } from "./timeline";
import { MINUTE } from "./time";

export type { Env, SettledOrder } from "./env";

// Free-text notes as customers type them (a few in English).
const NOTES =
  "不要香菜|多放辣|少放盐|放门口就行，谢谢|请带两副餐具|不需要餐具|到了打电话|电梯坏了，麻烦送上楼|Please call when you arrive|No cutlery please".split(
    "|",
  );

/** Writes one order with its items, events, discounts, courier job and refund. */
export function writeOrder(
  env: Env,
  store: StoreCtx,
  code: string,
  channel: Channel,
  plan: Plan,
): void {
  const { w, rng, now } = env;
  const placedAt = plan.steps[0]?.at ?? now;
  const anonymous = channel === "PHONE" && rng.chance(0.5);
  const customer = anonymous ? null : env.customers.pick(rng);
  const address =
    customer === null
      ? undefined
      : customer.addresses[rng.chance(0.65) ? 0 : customer.addresses.length - 1];
  const zoneIndex = address?.zoneIndex ?? gridZoneIndex(store.def.lng, store.def.lat);
  const lat = address?.lat ?? store.def.lat + rng.float(-0.01, 0.01);
  const lng = address?.lng ?? store.def.lng + rng.float(-0.01, 0.01);
  const express =
    store.expressZone !== undefined && pointInPolygon(lng, lat, store.expressZone.polygon);
  const zoneId = express
    ? (store.expressZone?.id ?? null)
    : (env.geo.gridZoneIds[zoneIndex] ?? null);
  const deliveryFeeCents = express ? 300 : ([500, 300, 400, 500, 400, 600][zoneIndex] ?? 500);
  const lines = buildCart(rng, store).map((l) => ({ ...l, orderItemId: rng.id("l") }));
  const subtotalCents = lines.reduce((s, l) => s + l.lineTotalCents, 0);
  const firstOrder = customer !== null && customer.orders === 0;
  if (customer !== null) customer.orders++;
  const orderId = rng.id("o");
  const discounts = env.campaigns.apply(rng, {
    placedAt,
    storeCode: store.def.code,
    customerId: customer?.id ?? null,
    firstOrder,
    subtotalCents,
    deliveryFeeCents,
  });
  const discountCents = Math.min(
    subtotalCents,
    discounts.reduce((s, d) => s + d.discountCents, 0),
  );
  const packagingFeeCents = store.def.packagingFeeCents;
  const totalCents = subtotalCents + packagingFeeCents + deliveryFeeCents - discountCents;

  const steps = plan.steps.filter((s) => s.at <= now);
  const last = steps[steps.length - 1] ?? { status: "PLACED" as const, at: placedAt };
  const status = last.status;
  const reached = (s: OrderStatus): number | null => steps.find((x) => x.status === s)?.at ?? null;
  const inFlight =
    status === "PLACED" ||
    status === "ACCEPTED" ||
    status === "PREPARING" ||
    status === "READY" ||
    status === "PICKED_UP";

  // Courier: everyone who got the food out of the door had one; some in-flight orders are pre-assigned.
  let courier: CourierCtx | undefined;
  const pickedUp = reached("PICKED_UP");
  if (
    inFlight &&
    (status === "PICKED_UP" ||
      (status === "READY" && rng.chance(0.6)) ||
      (status === "PREPARING" && rng.chance(0.2)))
  ) {
    courier =
      env.couriers.pickOnShift(rng) ??
      (status === "PICKED_UP" ? env.couriers.pickAny(rng, zoneIndex) : undefined);
    if (courier !== undefined && status === "PICKED_UP") {
      courier.dropoffs.push({ lat, lng, fromLat: store.def.lat, fromLng: store.def.lng });
    } else if (courier !== undefined)
      courier.pickups.push({ lat: store.def.lat, lng: store.def.lng });
  } else if (pickedUp !== null) {
    courier = env.couriers.pickAny(rng, zoneIndex);
  }

  const storeUsers = env.staff.storeUserIds.get(store.def.code) ?? [];
  const storeActor = storeUsers.length > 0 ? rng.pick(storeUsers) : null;
  const reason = cancelReason(rng, plan);
  const deliveredAt = reached("DELIVERED");
  const cancelledAt = reached("CANCELLED") ?? reached("REJECTED");
  const yymmdd = code.slice(1, 7);
  const channelOrderRef =
    channel === "MEITUAN"
      ? `MT${yymmdd}${code.slice(7)}${rng.digits(6)}`
      : channel === "ELEME"
        ? `EL${yymmdd}${code.slice(7)}${rng.digits(8)}`
        : null;

  // Decided before the rows are written: money, item quantities and events depend on it.
  const fullRefundAt = reached("REFUNDED");
  const { refund, refundLine, refundQty } = decideRefund(rng, {
    lines,
    totalCents,
    fullRefundAt,
    partialAt:
      status === "DELIVERED" && plan.refundAt !== null && plan.refundAt <= now
        ? plan.refundAt
        : null,
  });

  w.push("order", {
    id: orderId,
    code,
    storeId: store.id,
    customerId: customer?.id ?? null,
    channel,
    channelOrderRef,
    status,
    // The optimistic-concurrency counter: one bump per state change (and per partial refund).
    version: steps.length - 1 + (refund !== null && !refund.full ? 1 : 0),
    subtotalCents,
    discountCents,
    deliveryFeeCents,
    packagingFeeCents,
    totalCents,
    refundedCents: refund?.amountCents ?? 0,
    trackingToken: rng.token(),
    customerName: customer?.name ?? chineseName(rng),
    customerPhone: customer?.phone ?? env.phones.next(),
    addressLine: address?.line ?? `${store.def.address}附近（电话订单）`,
    lat,
    lng,
    zoneId,
    note: rng.chance(0.15) ? rng.pick(NOTES) : null,
    prepMinutes: store.def.prepMinutes,
    placedAt: new Date(placedAt),
    acceptedAt: dateOrNull(reached("ACCEPTED")),
    readyAt: dateOrNull(reached("READY")),
    pickedUpAt: dateOrNull(pickedUp),
    deliveredAt: dateOrNull(deliveredAt),
    cancelledAt: dateOrNull(cancelledAt),
    promisedAt: new Date(plan.promisedAt),
    estimatedAt: inFlight ? new Date(Math.max(plan.plannedDeliveryAt, now + 5 * MINUTE)) : null,
    cancelReason: cancelledAt === null ? null : reason,
    cancelledBy: cancelledAt === null ? null : plan.cancelledBy,
    courierId: courier?.id ?? null,
    createdAt: new Date(placedAt),
    updatedAt: new Date(refund?.at ?? last.at),
  });
  for (const l of lines) {
    w.push("orderItem", {
      id: l.orderItemId,
      orderId,
      itemId: l.item.id,
      nameZh: l.item.nameZh,
      nameEn: l.item.nameEn,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      options: optionsJson(l.options),
      lineTotalCents: l.lineTotalCents,
      refundedQty: l === refundLine ? refundQty : fullRefundAt !== null ? l.quantity : 0,
    });
  }
  for (const d of discounts) {
    w.push("redemption", {
      id: rng.id("d"),
      orderId,
      customerId: customer?.id ?? null,
      ...d,
      createdAt: new Date(placedAt),
    });
  }

  const supportActor = rng.pick(env.staff.supportIds);
  const assignedAt = writeTimeline(w, rng, {
    orderId,
    steps,
    plan,
    channel,
    channelOrderRef,
    autoAccept: store.def.autoAccept[channel] === true,
    storeActor,
    refundActor: supportActor,
    reason,
    refundReason: refund?.reasonCode ?? null,
    courierId: courier?.id ?? null,
    now,
  });
  if (courier !== undefined && assignedAt !== null) {
    w.push("deliveryAssignment", {
      id: rng.id("y"),
      orderId,
      courierId: courier.id,
      status: deliveredAt !== null ? "COMPLETED" : "ACCEPTED",
      byActorType: "SYSTEM",
      // Language-neutral: the dispatch panel words the reason code in the viewer's language.
      explanation: JSON.stringify({ kind: "auto", reasonCode: "nearest", zone: zoneIndex }),
      createdAt: new Date(assignedAt),
    });
  }

  const ticketId = onOrderSettled(env, {
    id: orderId,
    code,
    store,
    customerId: customer?.id ?? null,
    customerName: customer?.name ?? "",
    locale: customer?.locale ?? "zh-CN",
    channel,
    status,
    placedAt,
    promisedAt: plan.promisedAt,
    deliveredAt,
    late: deliveredAt !== null && deliveredAt > plan.promisedAt,
    lines,
    refund,
  });
  if (refund !== null) {
    writeRefund(w, rng, {
      orderId,
      refund,
      refundLine,
      refundQty,
      ticketId,
      createdById: supportActor,
    });
  }
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
