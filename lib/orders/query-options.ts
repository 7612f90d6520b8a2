import type { Explanation } from "@/lib/campaigns/domain/types";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { Channel, type ActorType, type OrderStatus } from "@/lib/generated/prisma/enums";
import type { SlaInput } from "@/lib/orders/domain/sla";

/** The columns of the order board, in lifecycle order. */
export const BOARD_STATUSES = ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;

/** Board filters as they live in the URL (`?store=&channel=&late=1&q=`). */
export const boardFiltersSchema = z.object({
  store: z.string().max(40).optional().catch(undefined),
  channel: z.enum(Channel).optional().catch(undefined),
  late: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  q: z.string().trim().max(40).optional().catch(undefined),
});
export type BoardFilters = z.output<typeof boardFiltersSchema>;

export type CardItem = { nameZh: string; nameEn: string; quantity: number };

/** One card of the order board. Times are ISO strings (they cross JSON and RSC alike). */
export type OrderCard = {
  id: string;
  code: string;
  version: number;
  storeId: string;
  storeCode: string;
  storeNameZh: string;
  storeNameEn: string;
  channel: Channel;
  status: OrderStatus;
  items: CardItem[];
  totalCents: number;
  refundedCents: number;
  customerPhone: string;
  placedAt: string;
  acceptedAt: string | null;
  prepMinutes: number;
  promisedAt: string;
  estimatedAt: string | null;
  courierName: string | null;
};

export type OrderBoard = { orders: OrderCard[]; serverTime: string };

export type OrderTimelineEntry = {
  id: string;
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  actorType: ActorType;
  actorName: string | null;
  reason: string | null;
  createdAt: string;
};

/** Everything the order drawer shows. */
export type OrderDetail = OrderCard & {
  customerName: string;
  addressLine: string;
  note: string | null;
  lines: (CardItem & {
    id: string;
    unitPriceCents: number;
    lineTotalCents: number;
    refundedQty: number;
  })[];
  events: OrderTimelineEntry[];
  courier: { name: string; phone: string } | null;
  trackingToken: string;
  /** The pricing engine's explanation, for orders placed since campaigns priced intake. */
  pricing: Explanation | null;
};

/** The SLA timer input of a card (its ISO times back to dates). */
export function slaInput(card: OrderCard): SlaInput {
  return {
    status: card.status,
    placedAt: new Date(card.placedAt),
    acceptedAt: card.acceptedAt ? new Date(card.acceptedAt) : null,
    prepMinutes: card.prepMinutes,
    promisedAt: new Date(card.promisedAt),
    estimatedAt: card.estimatedAt ? new Date(card.estimatedAt) : null,
  };
}

/** Query keys of the orders area; invalidate `orderKeys.all` to refresh every order view. */
export const orderKeys = {
  all: ["orders"] as const,
  boards: () => [...orderKeys.all, "board"] as const,
  board: (filters: BoardFilters) => [...orderKeys.boards(), filters] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
};

/** The URL query string of board filters (empty values left out). */
export function boardSearch(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.store) params.set("store", filters.store);
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.late) params.set("late", "1");
  if (filters.q) params.set("q", filters.q);
  return params.toString();
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The live board: prefetched on the server, then kept fresh by the event stream. */
export function boardQueryOptions(filters: BoardFilters) {
  return queryOptions({
    queryKey: orderKeys.board(filters),
    queryFn: () => getJson<OrderBoard>(`/api/orders/board?${boardSearch(filters)}`),
  });
}

/** One order with its timeline, for the drawer. */
export function orderDetailQueryOptions(id: string) {
  return queryOptions({
    queryKey: orderKeys.detail(id),
    queryFn: () => getJson<OrderDetail>(`/api/orders/${encodeURIComponent(id)}`),
  });
}
