import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";

// Every table the seed fills, in foreign-key order: a flush inserts parents before children.
export type Tables = {
  user: Prisma.UserCreateManyInput;
  store: Prisma.StoreCreateManyInput;
  userStore: Prisma.UserStoreCreateManyInput;
  staffShift: Prisma.StaffShiftCreateManyInput;
  supportAgent: Prisma.SupportAgentCreateManyInput;
  openingHours: Prisma.OpeningHoursCreateManyInput;
  zone: Prisma.ZoneCreateManyInput;
  menuCategory: Prisma.MenuCategoryCreateManyInput;
  menuItem: Prisma.MenuItemCreateManyInput;
  optionGroup: Prisma.OptionGroupCreateManyInput;
  menuOption: Prisma.MenuOptionCreateManyInput;
  ingredient: Prisma.IngredientCreateManyInput;
  recipeLine: Prisma.RecipeLineCreateManyInput;
  supplier: Prisma.SupplierCreateManyInput;
  purchaseOrder: Prisma.PurchaseOrderCreateManyInput;
  purchaseOrderLine: Prisma.PurchaseOrderLineCreateManyInput;
  stockMovement: Prisma.StockMovementCreateManyInput;
  apiKey: Prisma.ApiKeyCreateManyInput;
  customer: Prisma.CustomerCreateManyInput;
  customerAddress: Prisma.CustomerAddressCreateManyInput;
  courier: Prisma.CourierCreateManyInput;
  courierShift: Prisma.CourierShiftCreateManyInput;
  courierPosition: Prisma.CourierPositionCreateManyInput;
  campaign: Prisma.CampaignCreateManyInput;
  campaignStore: Prisma.CampaignStoreCreateManyInput;
  coupon: Prisma.CouponCreateManyInput;
  order: Prisma.OrderCreateManyInput;
  orderItem: Prisma.OrderItemCreateManyInput;
  orderEvent: Prisma.OrderEventCreateManyInput;
  deliveryAssignment: Prisma.DeliveryAssignmentCreateManyInput;
  ticket: Prisma.TicketCreateManyInput;
  ticketMessage: Prisma.TicketMessageCreateManyInput;
  refund: Prisma.RefundCreateManyInput;
  redemption: Prisma.RedemptionCreateManyInput;
  review: Prisma.ReviewCreateManyInput;
  dishRating: Prisma.DishRatingCreateManyInput;
  knowledgeArticle: Prisma.KnowledgeArticleCreateManyInput;
  cannedReply: Prisma.CannedReplyCreateManyInput;
  auditLog: Prisma.AuditLogCreateManyInput;
};

export type TableName = keyof Tables;
export type SeedCounts = Record<TableName, number>;

type Insert = Prisma.PrismaPromise<Prisma.BatchPayload>;
const INSERT: { [K in TableName]: (db: Prisma.TransactionClient, data: Tables[K][]) => Insert } = {
  user: (db, data) => db.user.createMany({ data }),
  store: (db, data) => db.store.createMany({ data }),
  userStore: (db, data) => db.userStore.createMany({ data }),
  staffShift: (db, data) => db.staffShift.createMany({ data }),
  supportAgent: (db, data) => db.supportAgent.createMany({ data }),
  openingHours: (db, data) => db.openingHours.createMany({ data }),
  zone: (db, data) => db.zone.createMany({ data }),
  menuCategory: (db, data) => db.menuCategory.createMany({ data }),
  menuItem: (db, data) => db.menuItem.createMany({ data }),
  optionGroup: (db, data) => db.optionGroup.createMany({ data }),
  menuOption: (db, data) => db.menuOption.createMany({ data }),
  ingredient: (db, data) => db.ingredient.createMany({ data }),
  recipeLine: (db, data) => db.recipeLine.createMany({ data }),
  supplier: (db, data) => db.supplier.createMany({ data }),
  purchaseOrder: (db, data) => db.purchaseOrder.createMany({ data }),
  purchaseOrderLine: (db, data) => db.purchaseOrderLine.createMany({ data }),
  stockMovement: (db, data) => db.stockMovement.createMany({ data }),
  apiKey: (db, data) => db.apiKey.createMany({ data }),
  customer: (db, data) => db.customer.createMany({ data }),
  customerAddress: (db, data) => db.customerAddress.createMany({ data }),
  courier: (db, data) => db.courier.createMany({ data }),
  courierShift: (db, data) => db.courierShift.createMany({ data }),
  courierPosition: (db, data) => db.courierPosition.createMany({ data }),
  campaign: (db, data) => db.campaign.createMany({ data }),
  campaignStore: (db, data) => db.campaignStore.createMany({ data }),
  coupon: (db, data) => db.coupon.createMany({ data }),
  order: (db, data) => db.order.createMany({ data }),
  orderItem: (db, data) => db.orderItem.createMany({ data }),
  orderEvent: (db, data) => db.orderEvent.createMany({ data }),
  deliveryAssignment: (db, data) => db.deliveryAssignment.createMany({ data }),
  ticket: (db, data) => db.ticket.createMany({ data }),
  ticketMessage: (db, data) => db.ticketMessage.createMany({ data }),
  refund: (db, data) => db.refund.createMany({ data }),
  redemption: (db, data) => db.redemption.createMany({ data }),
  review: (db, data) => db.review.createMany({ data }),
  dishRating: (db, data) => db.dishRating.createMany({ data }),
  knowledgeArticle: (db, data) => db.knowledgeArticle.createMany({ data }),
  cannedReply: (db, data) => db.cannedReply.createMany({ data }),
  auditLog: (db, data) => db.auditLog.createMany({ data }),
};

const TABLES = Object.keys(INSERT) as TableName[];
const CHUNK = 500;
// Flushing at this many buffered rows keeps memory flat however many orders are generated.
const FLUSH_AT = 20_000;
// One flush through Prisma (PostgreSQL) is one transaction of up to FLUSH_AT rows: ~10 s on a
// quiet machine, but past the client's 60 s transaction timeout on a busy one (seen in CI with
// 8,000 orders while the app was building), which rolled the whole seed back.
const FLUSH_TIMEOUT_MS = 15 * 60_000;

// Columns Prisma would fill with now(): set explicitly so reruns are identical and raw inserts
// (which bypass Prisma's defaults) never fall back to SQLite's text CURRENT_TIMESTAMP.
const NOW_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  user: ["createdAt", "updatedAt"],
  auditLog: ["createdAt"],
  supportAgent: ["updatedAt"],
  store: ["createdAt", "updatedAt"],
  zone: ["createdAt"],
  customer: ["createdAt"],
  menuItem: ["createdAt", "updatedAt"],
  stockMovement: ["createdAt"],
  supplier: ["createdAt"],
  purchaseOrder: ["createdAt"],
  order: ["createdAt", "updatedAt"],
  orderEvent: ["createdAt"],
  refund: ["createdAt"],
  apiKey: ["createdAt"],
  courier: ["createdAt"],
  courierPosition: ["receivedAt"],
  deliveryAssignment: ["createdAt"],
  ticket: ["createdAt", "updatedAt"],
  ticketMessage: ["createdAt"],
  knowledgeArticle: ["createdAt", "updatedAt"],
  cannedReply: ["createdAt"],
  campaign: ["createdAt", "updatedAt"],
  coupon: ["createdAt"],
  redemption: ["createdAt"],
  review: ["createdAt"],
};

type Buffers = { [K in TableName]: Tables[K][] };

function emptyBuffers(): Buffers {
  const b: Partial<Buffers> = {};
  for (const t of TABLES) setEmpty(b, t);
  return b as Buffers;
}

function setEmpty<K extends TableName>(b: Partial<Buffers>, t: K): void {
  b[t] = [] as Buffers[K];
}

function modelName(table: TableName): string {
  return table.charAt(0).toUpperCase() + table.slice(1);
}

type SqlValue = string | number | bigint | null;

function toSql(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") return v;
  throw new Error(`unsupported seed value ${String(v)}`);
}

/**
 * Buffers rows and writes them, one transaction per flush. Through Prisma it uses chunked
 * createMany (portable to PostgreSQL); for a SQLite file it writes with prepared statements on a
 * direct better-sqlite3 connection, because Prisma's per-row overhead (~3k rows/s measured on this
 * machine) would make the default size take minutes. Values match the adapter's storage format
 * (DateTime as epoch ms, Boolean as 0/1).
 */
export class Writer {
  private buf: Buffers = emptyBuffers();
  private pending = 0;
  private readonly sqlite: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  readonly counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as SeedCounts;

  constructor(
    private readonly db: Db,
    private readonly now: Date,
    sqliteFile?: string,
  ) {
    this.sqlite = sqliteFile === undefined ? undefined : new Database(sqliteFile);
    // Random primary keys touch pages all over each table's b-tree; a large page cache keeps
    // them in memory (measured ~1.7x faster overall). Skipping fsync is fine for a seed: on a crash, reseed.
    this.sqlite?.pragma("cache_size = -262144");
    this.sqlite?.pragma("synchronous = OFF");
  }

  push<K extends TableName>(table: K, row: Tables[K]): void {
    const cols = NOW_COLUMNS[table];
    if (cols !== undefined) {
      const rec = row as Record<string, unknown>;
      for (const c of cols) if (rec[c] === undefined) rec[c] = rec.createdAt ?? this.now;
    }
    this.buf[table].push(row);
    this.pending++;
  }

  /** Flushes only when enough rows are waiting; call it between generated days. */
  async maybeFlush(): Promise<void> {
    if (this.pending >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const buf = this.buf;
    this.buf = emptyBuffers();
    this.pending = 0;
    const sqlite = this.sqlite;
    if (sqlite !== undefined) {
      sqlite.transaction(() => {
        for (const t of TABLES) this.writeDirect(sqlite, t, buf[t]);
      })();
      return;
    }
    await this.db.$transaction(
      async (tx) => {
        for (const t of TABLES) await this.insertChunks(tx, t, buf[t]);
      },
      { timeout: FLUSH_TIMEOUT_MS, maxWait: 60_000 },
    );
    for (const t of TABLES) this.counts[t] += buf[t].length;
  }

  close(): void {
    this.sqlite?.close();
  }

  private async insertChunks<K extends TableName>(
    tx: Prisma.TransactionClient,
    table: K,
    rows: Tables[K][],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await INSERT[table](tx, rows.slice(i, i + CHUNK));
    }
  }

  private writeDirect(sqlite: Database.Database, table: TableName, rows: readonly object[]): void {
    for (const row of rows) {
      const keys = Object.keys(row).filter(
        (k) => (row as Record<string, unknown>)[k] !== undefined,
      );
      const sig = `${table}|${keys.join(",")}`;
      let st = this.statements.get(sig);
      if (st === undefined) {
        const cols = keys.map((k) => `"${k}"`).join(",");
        const qs = keys.map(() => "?").join(",");
        st = sqlite.prepare(`INSERT INTO "${modelName(table)}" (${cols}) VALUES (${qs})`);
        this.statements.set(sig, st);
      }
      st.run(keys.map((k) => toSql((row as Record<string, unknown>)[k])));
    }
    this.counts[table] += rows.length;
  }
}
