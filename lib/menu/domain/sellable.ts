import {
  channelOffer,
  isScheduledAt,
  parseChannelOverrides,
  parseSchedule,
  type MenuChannel,
} from "./availability";

/** Why a dish cannot be ordered now; null when it can. */
export type UnavailableReason =
  "inactive" | "sold_out" | "out_of_stock" | "ingredient" | "category" | "schedule" | "channel";

export type SellableItem = {
  active: boolean;
  soldOutUntil: Date | null;
  stockTracked: boolean;
  stockQty: number | null;
  priceCents: number;
  /** Stored JSON of the item's schedule and channel overrides. */
  availability: string | null;
  channelOverrides: string | null;
};

export type CategoryRule = {
  id: string;
  parentId: string | null;
  active: boolean;
  availability: string | null;
};

/** Whether an item's category and every parent category are switched on and in their hours. */
export function categoryOpen(
  categoryId: string | null,
  categories: ReadonlyMap<string, CategoryRule>,
  now: Date,
): boolean {
  const seen = new Set<string>();
  let id = categoryId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const c = categories.get(id);
    if (!c) return true;
    if (!c.active || !isScheduledAt(parseSchedule(c.availability), now)) return false;
    id = c.parentId;
  }
  return true;
}

/**
 * An item's price and availability on one channel now: switched on, not sold out, counted
 * stock left, every recipe ingredient in stock, category open, inside its schedule, and not
 * switched off for the channel. The first reason that applies is reported.
 */
export function sellableOffer(
  item: SellableItem,
  ctx: { now: Date; channel: MenuChannel | null; categoryOpen: boolean; ingredientShort: boolean },
): { priceCents: number; available: boolean; reason: UnavailableReason | null } {
  const overrides = parseChannelOverrides(item.channelOverrides);
  const offer = ctx.channel
    ? channelOffer({ priceCents: item.priceCents, available: true }, overrides, ctx.channel)
    : { priceCents: item.priceCents, available: true };
  const reason: UnavailableReason | null = !item.active
    ? "inactive"
    : item.soldOutUntil !== null && item.soldOutUntil > ctx.now
      ? "sold_out"
      : item.stockTracked && (item.stockQty ?? 0) <= 0
        ? "out_of_stock"
        : ctx.ingredientShort
          ? "ingredient"
          : !ctx.categoryOpen
            ? "category"
            : !isScheduledAt(parseSchedule(item.availability), ctx.now)
              ? "schedule"
              : !offer.available
                ? "channel"
                : null;
  return { priceCents: offer.priceCents, available: reason === null, reason };
}
