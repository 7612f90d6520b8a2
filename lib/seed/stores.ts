import { createHash } from "node:crypto";
import type { Channel } from "@/lib/generated/prisma/client";
import { GRID_ZONES, octagon, type LngLat } from "./geography";
import { Rng } from "./prng";
import { STORE_DEFS, type StoreDef } from "./stores-data";
import { DAY, HOUR } from "./time";
import type { Writer } from "./writer";

export type CatalogOption = { id: string; nameZh: string; nameEn: string; priceDeltaCents: number };
export type CatalogGroup = { min: number; max: number; options: CatalogOption[] };
export type CatalogItem = {
  id: string;
  nameZh: string;
  nameEn: string;
  priceCents: number;
  groups: CatalogGroup[];
  weight: number;
};
export type StoreCtx = {
  id: string;
  def: StoreDef;
  items: CatalogItem[];
  itemWeights: (readonly [CatalogItem, number])[];
  expressZone?: { id: string; polygon: LngLat[] };
};
export type Geography = { stores: StoreCtx[]; gridZoneIds: string[] };

export const CHANNELS: readonly Channel[] = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"];

const SPICE: readonly (readonly [string, string])[] = [
  ["不辣", "Not spicy"],
  ["微辣", "Mild"],
  ["中辣", "Medium"],
  ["特辣", "Extra hot"],
];
const SWEET: readonly (readonly [string, string])[] = [
  ["全糖", "Full sugar"],
  ["七分糖", "70% sugar"],
  ["半糖", "Half sugar"],
  ["三分糖", "30% sugar"],
  ["无糖", "No sugar"],
];
const ICE: readonly (readonly [string, string])[] = [
  ["正常冰", "Regular ice"],
  ["少冰", "Less ice"],
  ["去冰", "No ice"],
  ["热", "Hot"],
];

/**
 * The plaintext API key the seed gives a store for a channel. It comes from its own PRNG stream,
 * so tests and docs can recompute it from the seed without reading it back from anywhere.
 */
export function demoApiKey(seed: number, storeCode: string, channel: Channel): string {
  const hex = Rng.stream(seed, `api-key:${storeCode}:${channel}`).hex(16);
  return `wk_${storeCode.toLowerCase()}_${channel.toLowerCase()}_${hex}`;
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Stores, opening hours, zones, menus with options and stock, and one API key per channel. */
export function seedStores(w: Writer, rng: Rng, now: Date, seed: number): Geography {
  const t0 = new Date(now.getTime() - 200 * DAY);
  const gridZoneIds = GRID_ZONES.map((z) => {
    const id = rng.id("z");
    w.push("zone", {
      id,
      name: z.name,
      polygon: JSON.stringify(z.polygon),
      deliveryFeeCents: z.feeCents,
      minOrderCents: z.minOrderCents,
      createdAt: t0,
    });
    return id;
  });

  const stores = STORE_DEFS.map((def, si): StoreCtx => {
    const id = rng.id("s");
    w.push("store", {
      id,
      code: def.code,
      nameZh: def.nameZh,
      nameEn: def.nameEn,
      brand: def.brand,
      cuisine: def.cuisine,
      address: def.address,
      lat: def.lat,
      lng: def.lng,
      phone: def.phone,
      prepMinutes: def.prepMinutes,
      autoAccept: JSON.stringify(def.autoAccept),
      minOrderCents: def.minOrderCents,
      packagingFeeCents: def.packagingFeeCents,
      // A couple of stores cap each 15-minute slot so capacity features have data to show.
      slotMaxOrders: si % 5 === 0 ? 12 : null,
      createdAt: new Date(t0.getTime() + si * DAY),
    });
    for (let dow = 0; dow < 7; dow++) {
      // The BBQ place stays open an hour later on Friday and Saturday nights.
      const late = def.closesAt > 1440 && (dow === 5 || dow === 6) ? 60 : 0;
      w.push("openingHours", {
        id: rng.id("h"),
        storeId: id,
        dayOfWeek: dow,
        opensAt: def.opensAt,
        closesAt: def.closesAt + late,
      });
    }
    for (const channel of CHANNELS) {
      const key = demoApiKey(seed, def.code, channel);
      const hash = sha256(key);
      w.push("apiKey", {
        id: rng.id("k"),
        storeId: id,
        channel,
        name: `${def.nameZh} ${channel} 接入`,
        prefix: `wk_${hash.slice(0, 12)}`,
        keyHash: hash,
        createdAt: new Date(t0.getTime() + si * DAY + HOUR),
        lastUsedAt: channel === "PHONE" ? null : new Date(now.getTime() - rng.int(1, 50) * 60_000),
      });
    }
    const ctx: StoreCtx = { id, def, items: [], itemWeights: [] };
    if (def.code === "S01") {
      const zoneId = rng.id("z");
      const polygon = octagon([def.lng, def.lat], 1.2);
      w.push("zone", {
        id: zoneId,
        storeId: id,
        name: "湘味小厨 1.2 公里快送圈 Express ring",
        polygon: JSON.stringify(polygon),
        deliveryFeeCents: 300,
        minOrderCents: 2000,
        createdAt: t0,
      });
      ctx.expressZone = { id: zoneId, polygon };
    }
    seedMenu(w, rng, ctx, now, si);
    return ctx;
  });
  return { stores, gridZoneIds };
}

function seedMenu(w: Writer, rng: Rng, ctx: StoreCtx, now: Date, storeIndex: number): void {
  const { def } = ctx;
  let sort = 0;
  const created = new Date(now.getTime() - (150 - storeIndex) * DAY);
  def.menu.categories.forEach((cat, ci) => {
    const categoryId = rng.id("m");
    w.push("menuCategory", {
      id: categoryId,
      storeId: ctx.id,
      nameZh: cat.nameZh,
      nameEn: cat.nameEn,
      sortOrder: ci,
    });
    for (const { nameZh, nameEn, priceCents, flags } of cat.items) {
      const itemId = rng.id("i");
      const index = sort++;
      // Signature dishes (first category, first lines) sell the most.
      const weight = ((ci === 0 ? 2.2 : 1) * rng.float(0.6, 1.4)) / (1 + (index % 6) * 0.15);
      const stockTracked = index === 2 || (index === 7 && storeIndex % 3 === 0);
      const soldOut = (storeIndex === 1 && index === 5) || (storeIndex === 8 && index === 2);
      w.push("menuItem", {
        id: itemId,
        storeId: ctx.id,
        categoryId,
        nameZh,
        nameEn,
        descriptionZh: ci === 0 ? `${def.nameZh}招牌推荐` : null,
        descriptionEn: ci === 0 ? `A ${def.nameEn} favourite` : null,
        priceCents,
        costCents: Math.round(priceCents * rng.float(0.3, 0.45)),
        soldOutUntil: soldOut ? new Date(now.getTime() + (storeIndex === 1 ? 3 : 20) * HOUR) : null,
        stockTracked,
        // A couple of counted items sit under their threshold so low-stock alerts show.
        stockQty: stockTracked ? (storeIndex % 4 === 0 ? rng.int(2, 6) : rng.int(15, 60)) : null,
        lowStockThreshold: stockTracked ? 8 : null,
        sortOrder: index,
        createdAt: created,
      });
      const item: CatalogItem = { id: itemId, nameZh, nameEn, priceCents, groups: [], weight };
      let gsort = 0;
      const group = (
        zh: string,
        en: string,
        min: number,
        max: number,
        opts: readonly (readonly [string, string, number])[],
      ): void => {
        const groupId = rng.id("g");
        w.push("optionGroup", {
          id: groupId,
          itemId,
          nameZh: zh,
          nameEn: en,
          minChoices: min,
          maxChoices: max,
          sortOrder: gsort++,
        });
        const options = opts.map(([oZh, oEn, delta], oi): CatalogOption => {
          const id = rng.id("o");
          w.push("menuOption", {
            id,
            groupId,
            nameZh: oZh,
            nameEn: oEn,
            priceDeltaCents: delta,
            sortOrder: oi,
          });
          return { id, nameZh: oZh, nameEn: oEn, priceDeltaCents: delta };
        });
        item.groups.push({ min, max, options });
      };
      if (flags.includes("s")) {
        group("规格", "Size", 1, 1, [
          ["标准", "Regular", 0],
          ["大份", "Large", def.menu.sizeUpCents],
        ]);
      }
      if (flags.includes("p"))
        group(
          "辣度",
          "Spice level",
          1,
          1,
          SPICE.map(([z, e]) => [z, e, 0] as const),
        );
      if (flags.includes("t")) {
        group(
          "甜度",
          "Sweetness",
          1,
          1,
          SWEET.map(([z, e]) => [z, e, 0] as const),
        );
        group(
          "温度",
          "Temperature",
          1,
          1,
          ICE.map(([z, e]) => [z, e, 0] as const),
        );
      }
      if (flags.includes("a")) group("加料", "Add-ons", 0, 3, def.menu.addons);
      ctx.items.push(item);
      ctx.itemWeights.push([item, weight]);
    }
  });
}
