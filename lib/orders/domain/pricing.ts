import type { FieldErrors } from "@/lib/platform/errors";

export type MenuOptionPrice = {
  id: string;
  nameZh: string;
  nameEn: string;
  priceDeltaCents: number;
  soldOut: boolean;
};
export type MenuGroupPrice = {
  id: string;
  nameEn: string;
  minChoices: number;
  maxChoices: number;
  options: MenuOptionPrice[];
};
/** A menu item as pricing sees it; `available` already folds in active, sold-out and stock. */
export type MenuItemPrice = {
  id: string;
  nameZh: string;
  nameEn: string;
  priceCents: number;
  available: boolean;
  groups: MenuGroupPrice[];
};

export type CartLine = { itemId: string; quantity: number; optionIds: string[] };

export type PricedLine = {
  itemId: string;
  nameZh: string;
  nameEn: string;
  quantity: number;
  unitPriceCents: number;
  options: { optionId: string; nameZh: string; nameEn: string; priceDeltaCents: number }[];
  lineTotalCents: number;
};

export type Discount = { code: string; label: string; amountCents: number };

/** A cart priced from the menu, before discounts; what a campaign rule looks at. */
export type PricedCart = { lines: PricedLine[]; subtotalCents: number; deliveryFeeCents: number };

/** The extension point for the campaigns module: given the priced cart, the discounts it earns. */
export type CampaignRule = (cart: PricedCart) => Discount | null;

export type Quote = PricedCart & {
  packagingFeeCents: number;
  discounts: Discount[];
  discountCents: number;
  totalCents: number;
  minOrderCents: number;
};

export type PriceCartInput = {
  lines: CartLine[];
  menu: ReadonlyMap<string, MenuItemPrice>;
  fees: { packagingFeeCents: number; deliveryFeeCents: number; minOrderCents: number };
  campaigns?: readonly CampaignRule[];
};

export type PriceResult = { ok: true; quote: Quote } | { ok: false; fields: FieldErrors };

function priceLine(line: CartLine, item: MenuItemPrice, at: string, fields: FieldErrors) {
  const add = (key: string, message: string) => (fields[key] ??= []).push(message);
  if (!item.available) add(`${at}.itemId`, `${item.nameEn} is not available right now.`);
  const options: PricedLine["options"] = [];
  const chosen = new Set(line.optionIds);
  if (chosen.size !== line.optionIds.length) add(`${at}.optionIds`, "An option is listed twice.");
  const known = new Set(item.groups.flatMap((g) => g.options.map((o) => o.id)));
  for (const id of chosen) {
    if (!known.has(id)) add(`${at}.optionIds`, `Unknown option ${id} for ${item.nameEn}.`);
  }
  for (const group of item.groups) {
    const picked = group.options.filter((o) => chosen.has(o.id));
    if (picked.length < group.minChoices || picked.length > group.maxChoices) {
      const range =
        group.minChoices === group.maxChoices
          ? `${group.minChoices}`
          : `${group.minChoices}–${group.maxChoices}`;
      add(`${at}.optionIds`, `Choose ${range} of "${group.nameEn}" (got ${picked.length}).`);
    }
    for (const o of picked) {
      if (o.soldOut) add(`${at}.optionIds`, `${o.nameEn} is sold out.`);
      options.push({
        optionId: o.id,
        nameZh: o.nameZh,
        nameEn: o.nameEn,
        priceDeltaCents: o.priceDeltaCents,
      });
    }
  }
  const unit = item.priceCents + options.reduce((sum, o) => sum + o.priceDeltaCents, 0);
  return {
    itemId: item.id,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    quantity: line.quantity,
    unitPriceCents: unit,
    options,
    lineTotalCents: unit * line.quantity,
  };
}

/**
 * The one pricing entry point: every line recomputed from the menu (client prices are never
 * an input), fees from the store and zone, then campaign discounts, capped at the subtotal.
 */
export function priceCart(input: PriceCartInput): PriceResult {
  const fields: FieldErrors = {};
  const lines: PricedLine[] = [];
  input.lines.forEach((line, i) => {
    const item = input.menu.get(line.itemId);
    if (!item) {
      (fields[`items[${i}].itemId`] ??= []).push(`Unknown menu item ${line.itemId}.`);
      return;
    }
    lines.push(priceLine(line, item, `items[${i}]`, fields));
  });
  const subtotalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  if (Object.keys(fields).length === 0 && subtotalCents < input.fees.minOrderCents) {
    fields.items = [
      `The minimum order here is ${input.fees.minOrderCents} fen; the items come to ${subtotalCents}.`,
    ];
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  const cart: PricedCart = { lines, subtotalCents, deliveryFeeCents: input.fees.deliveryFeeCents };
  const discounts = (input.campaigns ?? []).flatMap((rule) => rule(cart) ?? []);
  const discountCents = Math.min(
    subtotalCents,
    discounts.reduce((sum, d) => sum + Math.max(0, d.amountCents), 0),
  );
  const totalCents =
    subtotalCents - discountCents + input.fees.packagingFeeCents + input.fees.deliveryFeeCents;
  return {
    ok: true,
    quote: {
      ...cart,
      packagingFeeCents: input.fees.packagingFeeCents,
      discounts,
      discountCents,
      totalCents,
      minOrderCents: input.fees.minOrderCents,
    },
  };
}
