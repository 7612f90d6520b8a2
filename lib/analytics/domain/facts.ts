// The raw rows a store-day's rollups are computed from, as loaded by rollups/load.ts.

export type OrderFact = {
  id: string;
  storeId: string;
  zoneId: string | null;
  channel: string;
  status: string;
  customerId: string | null;
  courierId: string | null;
  placedAt: Date;
  acceptedAt: Date | null;
  readyAt: Date | null;
  deliveredAt: Date | null;
  promisedAt: Date;
  totalCents: number;
  discountCents: number;
  /** This is the customer's first order that was not cancelled or rejected. */
  firstOfCustomer: boolean;
  ticketCount: number;
  items: {
    itemId: string | null;
    quantity: number;
    lineTotalCents: number;
    refundedQty: number;
    options: string;
  }[];
  refunds: { amountCents: number }[];
  redemptions: {
    campaignId: string;
    discountCents: number;
    storeCostCents: number;
    platformCostCents: number;
  }[];
  dishRatings: { itemId: string; rating: number }[];
};

export type TicketFact = {
  storeId: string | null;
  createdAt: Date;
  labels: string;
  source: string;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  csatScore: number | null;
  order: { zoneId: string | null; channel: string } | null;
};

const NOT_SOLD = new Set(["CANCELLED", "REJECTED"]);

/** Cancelled and rejected orders count as orders but never as sales. */
export function isSold(status: string): boolean {
  return !NOT_SOLD.has(status);
}

/** The ticket's reason: its first label, else its source. */
export function ticketReason(ticket: Pick<TicketFact, "labels" | "source">): string {
  try {
    const labels: unknown = JSON.parse(ticket.labels);
    if (Array.isArray(labels) && typeof labels[0] === "string" && labels[0] !== "") {
      return labels[0];
    }
  } catch {
    // Malformed labels fall back to the source.
  }
  return ticket.source.toLowerCase();
}
