import type { OrderStatus, TicketStatus } from "@/lib/generated/prisma/enums";

export type GeoPoint = { lat: number; lng: number };

/** Everything the public tracking page may show: one order, nothing that identifies others. */
export type TrackingView = {
  code: string;
  status: OrderStatus;
  steps: { status: OrderStatus; at: string | null }[];
  promisedAt: string;
  estimatedAt: string | null;
  closedAt: string | null;
  store: { nameZh: string; nameEn: string; phone: string; position: GeoPoint };
  destination: GeoPoint;
  courier: { name: string; phone: string; position: GeoPoint | null } | null;
  items: { nameZh: string; nameEn: string; quantity: number }[];
  totalCents: number;
  /** Stars the customer gave, once delivered and rated. */
  rating: number | null;
  /** The conversation with support, once the order has a ticket. */
  support: CustomerSupportView | null;
  /** Refunds issued on the order, oldest first. */
  refunds: TrackingRefund[];
};

/** One message as the customer sees it: never internal notes, never an agent's name. */
export type CustomerMessage = { id: string; from: "customer" | "agent"; body: string; at: string };

/** The order's support ticket as shown on the tracking page. */
export type CustomerSupportView = {
  ticketCode: string;
  status: TicketStatus;
  messages: CustomerMessage[];
  /** Whether the customer may still write (a closed ticket takes no messages). */
  canWrite: boolean;
  /** Whether the one-question survey is waiting for an answer. */
  csatOpen: boolean;
  csat: { score: number; comment: string | null } | null;
};

/** A refund as the customer sees it; `items` null means the rest of the order. */
export type TrackingRefund = {
  id: string;
  amountCents: number;
  at: string;
  items: { nameZh: string; nameEn: string; quantity: number }[] | null;
};
