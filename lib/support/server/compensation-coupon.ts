import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CostBearer } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;
/** How long a compensation coupon can be used. */
export const COMPENSATION_VALID_DAYS = 30;
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;

/**
 * The coupon campaign that carries compensation coupons of one amount: the store pays when it
 * bears the cost (and the coupon is then only good in that store), otherwise the platform pays
 * and the coupon works in every store. Campaign rules hold the amount, so one campaign per
 * amount and payer is reused and its end date pushed out as needed.
 */
async function compensationCampaign(
  tx: Tx,
  amountCents: number,
  bearer: CostBearer,
  store: { id: string; code: string },
  validTo: Date,
  now: Date,
): Promise<string> {
  const storeBears = bearer === "STORE";
  const name = `客服补偿券 Support compensation ${yuan(amountCents)}${storeBears ? ` · ${store.code}` : ""}`;
  const found = await tx.campaign.findFirst({
    where: { name, type: "COUPON" },
    select: { id: true, startsAt: true, endsAt: true, status: true },
  });
  if (found) {
    if (found.endsAt < validTo || found.startsAt > now || found.status !== "LIVE") {
      await tx.campaign.update({
        where: { id: found.id },
        data: {
          startsAt: found.startsAt > now ? now : found.startsAt,
          endsAt: found.endsAt < validTo ? validTo : found.endsAt,
          status: "LIVE",
        },
      });
    }
    return found.id;
  }
  const created = await tx.campaign.create({
    data: {
      name,
      type: "COUPON",
      status: "LIVE",
      rules: JSON.stringify({ discountCents: amountCents }),
      startsAt: now,
      endsAt: validTo,
      storeSharePct: storeBears ? 100 : 0,
      ...(storeBears ? { stores: { create: [{ storeId: store.id }] } } : {}),
    },
    select: { id: true },
  });
  return created.id;
}

/** The order's customer, created from the order's name and phone when the order had none. */
async function orderCustomerId(tx: Tx, orderId: string): Promise<string> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { customerId: true, customerName: true, customerPhone: true },
  });
  if (order.customerId) return order.customerId;
  const customer = await tx.customer.upsert({
    where: { phone: order.customerPhone },
    create: { name: order.customerName, phone: order.customerPhone },
    update: {},
    select: { id: true },
  });
  return customer.id;
}

/**
 * Issues a single-use coupon worth `amountCents` to the order's customer, valid for 30 days,
 * as a real `Coupon` row that order intake accepts. Returns its code.
 */
export async function issueCompensationCoupon(
  tx: Tx,
  input: { orderId: string; amountCents: number; bearer: CostBearer },
  now: Date,
): Promise<{ code: string; couponId: string; validTo: Date }> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: { store: { select: { id: true, code: true } } },
  });
  const validTo = new Date(now.getTime() + COMPENSATION_VALID_DAYS * DAY_MS);
  const campaignId = await compensationCampaign(
    tx,
    input.amountCents,
    input.bearer,
    order.store,
    validTo,
    now,
  );
  const customerId = await orderCustomerId(tx, input.orderId);
  const code = `CS${Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;
  const coupon = await tx.coupon.create({
    data: {
      campaignId,
      code,
      customerId,
      maxUses: 1,
      perCustomerLimit: 1,
      validFrom: now,
      validTo,
    },
    select: { id: true },
  });
  return { code, couponId: coupon.id, validTo };
}
