import type { ActorType, Channel, CostBearer, OrderStatus } from "@/lib/generated/prisma/client";
import type { CampaignBook } from "./campaigns";
import { buildCart, optionsJson, type CartLine } from "./cart";
import type { CourierCtx, CourierPool } from "./couriers";
import type { CustomerPool } from "./customers";
import { chineseName, type PhoneBook } from "./names";
import { gridZoneIndex, pointInPolygon } from "./geography";
import type { Rng } from "./prng";
import type { Geography, StoreCtx } from "./stores";
import { onOrderSettled, type SupportState } from "./support";
import { cancelReason, type Plan } from "./timeline";
import { MINUTE } from "./time";
import type { Staff } from "./users";
import type { Writer } from "./writer";

export type Env = {
  w: Writer;
  rng: Rng;
  now: number;
  staff: Staff;
  couriers: CourierPool;
  campaigns: CampaignBook;
  customers: CustomerPool;
  geo: Geography;
  phones: PhoneBook;
  support: SupportState;
};

export type SettledOrder = {
  id: string;
  code: string;
  store: StoreCtx;
  customerId: string | null;
  customerName: string;
  locale: string;
  channel: Channel;
  status: OrderStatus;
  placedAt: number;
  promisedAt: number;
  deliveredAt: number | null;
  late: boolean;
  lines: (CartLine & { orderItemId: string })[];
  refund: { amountCents: number; at: number; full: boolean; reasonCode: string } | null;
};

const NOTES = [
  "不要香菜",
  "多放辣",
  "少放盐",
  "放门口就行，谢谢",
  "请带两副餐具",
  "不需要餐具",
  "到了打电话",
  "电梯坏了，麻烦送上楼",
  "Please call when you arrive",
  "No cutlery please",
] as const;

const BEARERS: readonly (readonly [CostBearer, number])[] = [
  ["STORE", 60],
  ["PLATFORM", 25],
  ["COURIER", 15],
];

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
  const auto = store.def.autoAccept[channel] === true;
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

  // Refund decided before the rows are written: money, item quantities and events depend on it.
  let refund: SettledOrder["refund"] = null;
  let refundLine: (typeof lines)[number] | undefined;
  let refundQty = 0;
  const fullRefundAt = reached("REFUNDED");
  if (fullRefundAt !== null) {
    refund = {
      amountCents: totalCents,
      at: fullRefundAt,
      full: true,
      reasonCode: rng.pick(["FOOD_SPILLED", "WRONG_ORDER", "QUALITY", "LATE_DELIVERY"]),
    };
  } else if (status === "DELIVERED" && plan.refundAt !== null && plan.refundAt <= now) {
    refundLine = rng.pick(lines);
    refundQty = rng.int(1, refundLine.quantity);
    refund = {
      amountCents: (refundLine.lineTotalCents / refundLine.quantity) * refundQty,
      at: plan.refundAt,
      full: false,
      reasonCode: rng.pick(["MISSING_ITEM", "WRONG_ITEM", "QUALITY", "SPILLED"]),
    };
  }

  const event = (
    type: string,
    from: OrderStatus | null,
    to: OrderStatus | null,
    at: number,
    actorType: ActorType,
    extra: { actorId?: string | null; reason?: string | null; data?: object } = {},
  ): void => {
    w.push("orderEvent", {
      id: rng.id("e"),
      orderId,
      type,
      fromStatus: from,
      toStatus: to,
      actorType,
      actorId: extra.actorId ?? null,
      reason: extra.reason ?? null,
      data: extra.data === undefined ? null : JSON.stringify(extra.data),
      createdAt: new Date(at),
    });
  };

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

  const placedActor: ActorType =
    channel === "STOREFRONT" ? "CUSTOMER" : channel === "PHONE" ? "STAFF" : "CHANNEL";
  event("order_placed", null, "PLACED", placedAt, placedActor, {
    actorId: channel === "PHONE" ? storeActor : null,
    data: { channel, channelOrderRef },
  });
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1];
    const s = steps[i];
    if (prev === undefined || s === undefined) continue;
    let actorType: ActorType = "STAFF";
    let actorId: string | null = storeActor;
    let why: string | null = null;
    if (s.status === "ACCEPTED" && auto) [actorType, actorId] = ["SYSTEM", null];
    if (s.status === "PICKED_UP" || s.status === "DELIVERED")
      [actorType, actorId] = ["COURIER", null];
    if (s.status === "CANCELLED" || s.status === "REJECTED") {
      actorType = plan.cancelledBy ?? "STAFF";
      actorId = actorType === "STAFF" ? storeActor : null;
      why = reason;
    }
    if (s.status === "REFUNDED")
      [actorId, why] = [rng.pick(env.staff.supportIds), refund?.reasonCode ?? null];
    if (s.status === "PICKED_UP" && courier !== undefined) {
      event("courier_assigned", null, null, s.at - rng.int(3, 9) * MINUTE, "SYSTEM", {
        data: { courierId: courier.id },
      });
    }
    event("status_changed", prev.status, s.status, s.at, actorType, {
      actorId,
      reason: why,
      data:
        actorType === "COURIER" && courier !== undefined ? { courierId: courier.id } : undefined,
    });
  }
  if (courier !== undefined && pickedUp === null) {
    event(
      "courier_assigned",
      null,
      null,
      Math.min(now - 30_000, last.at + rng.int(1, 4) * MINUTE),
      "SYSTEM",
      { data: { courierId: courier.id } },
    );
  }
  if (courier !== undefined) {
    w.push("deliveryAssignment", {
      id: rng.id("y"),
      orderId,
      courierId: courier.id,
      status: deliveredAt !== null ? "COMPLETED" : "ACCEPTED",
      byActorType: "SYSTEM",
      explanation: JSON.stringify({ reason: "nearest available rider", zone: zoneIndex }),
      createdAt: new Date(Math.min(now - 30_000, (reached("READY") ?? last.at) - 2 * MINUTE)),
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
    w.push("refund", {
      id: rng.id("f"),
      orderId,
      amountCents: refund.amountCents,
      reasonCode: refund.reasonCode,
      bearer: rng.weighted(BEARERS),
      ticketId,
      createdById: rng.pick(env.staff.supportIds),
      createdAt: new Date(refund.at),
      items:
        refundLine === undefined
          ? null
          : JSON.stringify([{ orderItemId: refundLine.orderItemId, quantity: refundQty }]),
    });
    if (!refund.full) {
      event("refund_issued", null, null, refund.at, "STAFF", {
        reason: refund.reasonCode,
        data: { amountCents: refund.amountCents },
      });
    }
  }
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
