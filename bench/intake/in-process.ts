import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/platform/db-client";
import { placeOrderInTx } from "../../lib/orders/server/intake";
import { withIdempotentTransaction } from "../../lib/platform/idempotency";
import { parseIntakeBody } from "../../lib/orders/server/intake-http";
import { benchOrder, type BenchStore } from "./prepare-db";

/** The API's order write (parse, idempotency claim, price, reserve, insert, answer in the same transaction) without HTTP. */
export async function runInProcess(url: string, store: BenchStore, seconds: number) {
  const db = createPrismaClient(url);
  const principal = { keyId: store.keyId, storeId: store.storeId, channel: "STOREFRONT" as const };
  const started = performance.now();
  let orders = 0;
  while (performance.now() - started < seconds * 1000) {
    const key = randomUUID();
    const { input, canonical } = parseIntakeBody(JSON.stringify(benchOrder(store, key)));
    await withIdempotentTransaction(
      db,
      { scope: store.keyId, key, request: canonical },
      async (tx) => ({ status: 201, body: await placeOrderInTx(tx, principal, input) }),
    );
    orders++;
  }
  const elapsed = (performance.now() - started) / 1000;
  await db.$disconnect();
  return { orders, seconds: elapsed };
}
