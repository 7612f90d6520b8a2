import type { Rng } from "./prng";
import type { CatalogItem, CatalogOption, StoreCtx } from "./stores";

export type CartLine = {
  item: CatalogItem;
  quantity: number;
  options: CatalogOption[];
  unitPriceCents: number;
  // unit price plus option deltas, times quantity
  lineTotalCents: number;
};

function chooseOptions(rng: Rng, item: CatalogItem): CatalogOption[] {
  const chosen: CatalogOption[] = [];
  for (const g of item.groups) {
    if (g.min >= 1) {
      // Required single choice: the first option (regular size, mild...) is the common pick.
      chosen.push(rng.chance(0.55) ? (g.options[0] ?? rng.pick(g.options)) : rng.pick(g.options));
    } else if (rng.chance(0.35)) {
      chosen.push(...rng.sample(g.options, rng.int(1, Math.min(g.max, 2))));
    }
  }
  return chosen;
}

function line(item: CatalogItem, quantity: number, options: CatalogOption[]): CartLine {
  const unit = item.priceCents + options.reduce((s, o) => s + o.priceDeltaCents, 0);
  return {
    item,
    quantity,
    options,
    unitPriceCents: item.priceCents,
    lineTotalCents: unit * quantity,
  };
}

/** 1-4 lines of the store's menu, topped up to reach the store's minimum order. */
export function buildCart(rng: Rng, store: StoreCtx): CartLine[] {
  const count = rng.weighted([
    [1, 35],
    [2, 38],
    [3, 19],
    [4, 8],
  ] as const);
  const lines: CartLine[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 6 && lines.length < count; i++) {
    const item = rng.weighted(store.itemWeights);
    if (used.has(item.id)) continue;
    used.add(item.id);
    const qty = rng.weighted([
      [1, 80],
      [2, 16],
      [3, 4],
    ] as const);
    lines.push(line(item, qty, chooseOptions(rng, item)));
  }
  let subtotal = lines.reduce((s, l) => s + l.lineTotalCents, 0);
  for (let guard = 0; subtotal < store.def.minOrderCents && guard < 8; guard++) {
    const last = lines[lines.length - 1];
    if (lines.length < 4 || last === undefined) {
      const item = rng.weighted(store.itemWeights);
      if (used.has(item.id)) continue;
      used.add(item.id);
      lines.push(line(item, 1, chooseOptions(rng, item)));
    } else {
      lines[lines.length - 1] = line(last.item, last.quantity + 1, last.options);
    }
    subtotal = lines.reduce((s, l) => s + l.lineTotalCents, 0);
  }
  return lines;
}

export function optionsJson(options: readonly CatalogOption[]): string {
  return JSON.stringify(
    options.map((o) => ({
      optionId: o.id,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      priceDeltaCents: o.priceDeltaCents,
    })),
  );
}
