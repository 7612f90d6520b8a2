import type { Channel, OrderStatus } from "@/lib/generated/prisma/client";
import type { CampaignBook } from "./campaigns";
import type { CartLine } from "./cart";
import type { CourierPool } from "./couriers";
import type { CustomerPool } from "./customers";
import type { PhoneBook } from "./names";
import type { Rng } from "./prng";
import type { Geography, StoreCtx } from "./stores";
import type { SupportState } from "./support";
import type { Staff } from "./users";
import type { Writer } from "./writer";

/** Everything order generation needs, built once by seedDemo. */
export type Env = {
  w: Writer;
  rng: Rng;
  now: number;
  staff: Staff;
  couriers: CourierPool;
  campaigns: CampaignBook;
  customers: CustomerPool;
  geo: Geography;
  phones: PhoneBook;
  support: SupportState;
};

/** An order as written, for reviews and tickets to build on. */
export type SettledOrder = {
  id: string;
  code: string;
  store: StoreCtx;
  customerId: string | null;
  customerName: string;
  locale: string;
  channel: Channel;
  status: OrderStatus;
  placedAt: number;
  promisedAt: number;
  deliveredAt: number | null;
  late: boolean;
  lines: (CartLine & { orderItemId: string })[];
  refund: RefundPlan | null;
};

export type RefundPlan = { amountCents: number; at: number; full: boolean; reasonCode: string };
