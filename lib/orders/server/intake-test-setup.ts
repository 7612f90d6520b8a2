import { createHash } from "node:crypto";
import type { Db } from "@/lib/platform/db-client";
import { createStore } from "@/lib/testing/fixtures";

/** A store ready for channel orders: a zone around it, a small menu, an API key. For tests. */
export async function createIntakeStore(db: Db, code: string) {
  const store = await createStore(db, code);
  const zone = await db.zone.create({
    data: {
      storeId: store.id,
      name: "ring",
      // A square of about ±5 km around (121.44, 31.2).
      polygon: JSON.stringify([
        [121.39, 31.15],
        [121.49, 31.15],
        [121.49, 31.25],
        [121.39, 31.25],
      ]),
      deliveryFeeCents: 400,
      minOrderCents: 1500,
    },
  });
  const noodles = await db.menuItem.create({
    data: { storeId: store.id, nameZh: "牛肉面", nameEn: "Beef noodles", priceCents: 2800 },
  });
  const tea = await db.menuItem.create({
    data: {
      storeId: store.id,
      nameZh: "奶茶",
      nameEn: "Milk tea",
      priceCents: 1200,
      stockTracked: true,
      stockQty: 5,
      optionGroups: {
        create: {
          nameZh: "杯型",
          nameEn: "Size",
          minChoices: 1,
          maxChoices: 1,
          options: {
            create: [
              { nameZh: "中杯", nameEn: "Medium" },
              { nameZh: "大杯", nameEn: "Large", priceDeltaCents: 300 },
            ],
          },
        },
      },
    },
    include: { optionGroups: { include: { options: true } } },
  });
  const large = tea.optionGroups[0]?.options.find((o) => o.nameEn === "Large");
  if (!large) throw new Error("fixture option missing");
  const key = `wk_test_${code.toLowerCase()}_${createHash("sha256").update(code).digest("hex").slice(0, 16)}`;
  const hash = createHash("sha256").update(key).digest("hex");
  const apiKey = await db.apiKey.create({
    data: {
      storeId: store.id,
      channel: "STOREFRONT",
      name: "test",
      prefix: `wk_${hash.slice(0, 12)}`,
      keyHash: hash,
    },
  });
  return { store, zone, noodles, tea, largeId: large.id, key, apiKey };
}

/** A valid intake body for the store made above. */
export function orderBody(s: { noodles: { id: string }; tea: { id: string }; largeId: string }) {
  return {
    customer: { name: "王芳", phone: "13900001111" },
    address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
    items: [
      { itemId: s.noodles.id, quantity: 1 },
      { itemId: s.tea.id, quantity: 2, optionIds: [s.largeId] },
    ],
  };
}
