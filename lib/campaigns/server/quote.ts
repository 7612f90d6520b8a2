import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { actorHasStore, type Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { priceIntakeOrder } from "@/lib/orders/server/intake-pricing";
import type { PhoneOrderInput } from "@/lib/orders/server/phone-orders";
import type { Explanation } from "@/lib/campaigns/domain/types";

/**
 * Prices a phone order exactly as the intake will (same step, same engine) without placing
 * it, so staff can read the discounts to the caller before confirming.
 */
export async function quotePhoneOrder(
  db: Db,
  actor: Actor,
  input: PhoneOrderInput,
  now = new Date(),
): Promise<Explanation> {
  const { storeId, ...body } = input;
  if (!actorHasStore(actor, storeId)) {
    throw new AppError("validation", "Pick a store.", { fields: { storeId: ["Unknown store."] } });
  }
  const { quote } = await db.$transaction((tx) =>
    priceIntakeOrder(tx, { storeId, channel: "PHONE" }, body, now),
  );
  return quote.explanation;
}
