import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/platform/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/platform/passwords";
import { loadActor, type Actor } from "@/lib/platform/actor";

let counter = 0;
const next = () => ++counter;

/** A store with sensible defaults, for integration tests. */
export function createStore(db: Db, code = `T${next()}`) {
  return db.store.create({
    data: {
      code,
      nameZh: `测试门店${code}`,
      nameEn: `Test store ${code}`,
      address: "上海市徐汇区衡山路 1 号",
      lat: 31.2,
      lng: 121.44,
      phone: "021-00000000",
    },
  });
}

/** A staff user with a real argon2id hash, linked to the given stores. */
export async function createUser(
  db: Db,
  input: { role: Role; email?: string; password?: string; storeIds?: string[]; disabled?: boolean },
) {
  const n = next();
  return db.user.create({
    data: {
      email: input.email ?? `user${n}@test.local`,
      name: `User ${n}`,
      role: input.role,
      passwordHash: await hashPassword(input.password ?? "test-password"),
      disabledAt: input.disabled ? new Date() : null,
      stores: { create: (input.storeIds ?? []).map((storeId) => ({ storeId })) },
    },
  });
}

/** A placed order of one store with one line. */
export function createOrder(db: Db, storeId: string, placedAt = new Date()) {
  const n = next();
  return db.order.create({
    data: {
      code: `TEST${n}`,
      storeId,
      channel: "STOREFRONT",
      subtotalCents: 3000,
      totalCents: 3100,
      packagingFeeCents: 100,
      trackingToken: randomBytes(16).toString("base64url"),
      customerName: "张三",
      customerPhone: "13800000000",
      addressLine: "衡山路 2 号",
      lat: 31.2,
      lng: 121.44,
      placedAt,
      promisedAt: new Date(placedAt.getTime() + 40 * 60_000),
      items: {
        create: [
          {
            nameZh: "牛肉面",
            nameEn: "Beef noodles",
            quantity: 1,
            unitPriceCents: 3000,
            lineTotalCents: 3000,
          },
        ],
      },
    },
  });
}

/** A staff user with a role and stores, loaded as the signed-in actor the server code takes. */
export async function createActor(
  db: Db,
  role: Actor["role"],
  storeIds: string[] = [],
): Promise<Actor> {
  const user = await createUser(db, { role, storeIds });
  const actor = await loadActor(db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!actor) throw new Error("actor expected");
  return actor;
}
