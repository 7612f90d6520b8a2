import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db-client";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { IntakeOrderInput } from "@/lib/orders/schemas";

/** One order to send through the intake, as a channel would. */
export type SimOrderRequest = {
  storeId: string;
  storeCode: string;
  channel: Channel;
  idempotencyKey: string;
  body: IntakeOrderInput;
};

export type PlaceOrder = (request: SimOrderRequest) => Promise<void>;

// Marks the simulator's own orders, so it never moves an order a real person is handling.
export const SIM_REF_PREFIX = "sim-";

const NAMES = ["王女士", "李先生", "张同学", "陈女士", "刘先生", "Alex", "Maria", "赵女士"];

/** Builds a plausible order for a random open store with a channel key, or null if none. */
export async function buildOrderRequest(
  db: Db,
  now: Date,
  random: () => number,
): Promise<SimOrderRequest | null> {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const stores = await db.store.findMany({
    where: { status: { not: "PAUSED" }, apiKeys: { some: { revokedAt: null } } },
    select: {
      id: true,
      code: true,
      lat: true,
      lng: true,
      apiKeys: { where: { revokedAt: null }, select: { channel: true } },
    },
  });
  const store = pick(stores);
  const channel = store && pick(store.apiKeys)?.channel;
  if (!store || !channel) return null;
  // Items with a required choice would need the option rules; plain items keep orders valid.
  const items = await db.menuItem.findMany({
    where: {
      storeId: store.id,
      active: true,
      OR: [{ soldOutUntil: null }, { soldOutUntil: { lt: now } }],
      optionGroups: { none: { minChoices: { gt: 0 } } },
    },
    select: { id: true },
    take: 40,
  });
  if (items.length === 0) return null;
  const lines = new Map<string, number>();
  const count = 2 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const item = pick(items);
    if (item) lines.set(item.id, (lines.get(item.id) ?? 0) + 1);
  }
  const ref = `${SIM_REF_PREFIX}${randomUUID()}`;
  const phone = `13${Math.floor(100_000_000 + random() * 899_999_999)}`;
  return {
    storeId: store.id,
    storeCode: store.code,
    channel,
    idempotencyKey: ref,
    body: {
      channelOrderRef: ref,
      customer: { name: pick(NAMES) ?? "顾客", phone },
      // Within about a kilometre of the store, which every seeded zone covers.
      address: {
        line: "模拟地址 Demo address",
        lat: store.lat + (random() - 0.5) * 0.016,
        lng: store.lng + (random() - 0.5) * 0.016,
      },
      items: [...lines].map(([itemId, quantity]) => ({ itemId, quantity, optionIds: [] })),
    },
  };
}
