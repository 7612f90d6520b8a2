// Direct computations from raw rows (plain SQL over the SQLite file), the yardstick the rollup
// tests compare against. Deliberately written without the rollup code.
import Database from "better-sqlite3";

const DAY = `date(("placedAt" + 28800000) / 1000, 'unixepoch')`;
const SOLD = `status NOT IN ('CANCELLED','REJECTED')`;
const O_SOLD = `o.${SOLD}`;

function query<T>(file: string, sql: string, params: Record<string, string> = {}): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(params) as T[];
  } finally {
    db.close();
  }
}

export type RawHourly = Record<string, number | string>;

/** Per day, store, zone and channel: the overview and delivery metrics. */
export function rawDaily(file: string): RawHourly[] {
  return query(
    file,
    `WITH firsts AS (
       SELECT id, ROW_NUMBER() OVER (PARTITION BY customerId ORDER BY placedAt, id) AS n
       FROM "Order" WHERE customerId IS NOT NULL AND ${SOLD}
     ), refunds AS (SELECT orderId, SUM(amountCents) AS cents FROM Refund GROUP BY orderId)
     SELECT ${DAY} AS day, o.storeId, COALESCE(o.zoneId, '') AS zoneId, o.channel,
       COUNT(*) AS orders,
       SUM(o.status IN ('CANCELLED','REJECTED')) AS cancelled,
       SUM(CASE WHEN ${O_SOLD} THEN o.totalCents + o.discountCents ELSE 0 END) AS gmvCents,
       SUM(CASE WHEN ${O_SOLD} THEN o.discountCents ELSE 0 END) AS discountCents,
       COALESCE(SUM(r.cents), 0) AS refundCents,
       SUM(r.cents IS NOT NULL) AS refundedOrders,
       COALESCE(SUM(f.n = 1), 0) AS newCustomerOrders,
       SUM(o.deliveredAt IS NOT NULL) AS delivered,
       SUM(o.deliveredAt IS NOT NULL AND o.deliveredAt <= o.promisedAt) AS onTime,
       COALESCE(SUM(CASE WHEN o.deliveredAt IS NOT NULL
         THEN round((o.deliveredAt - o.placedAt) / 1000.0) END), 0) AS deliverySeconds
     FROM "Order" o LEFT JOIN firsts f ON f.id = o.id LEFT JOIN refunds r ON r.orderId = o.id
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
}

/** Per day, store, zone, channel and courier: delivered orders, on time, delivery seconds. */
export function rawCouriers(file: string): RawHourly[] {
  return query(
    file,
    `SELECT ${DAY} AS day, storeId, COALESCE(zoneId, '') AS zoneId, channel, courierId,
       COUNT(*) AS deliveries,
       SUM(deliveredAt <= promisedAt) AS onTime,
       SUM(round((deliveredAt - placedAt) / 1000.0)) AS deliverySeconds
     FROM "Order" WHERE deliveredAt IS NOT NULL AND courierId IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  );
}

/** Per day, store, zone, channel and dish: quantity, revenue of sold orders, refunded qty. */
export function rawDishes(file: string): RawHourly[] {
  return query(
    file,
    `SELECT date((o.placedAt + 28800000) / 1000, 'unixepoch') AS day, o.storeId,
       COALESCE(o.zoneId, '') AS zoneId, o.channel,
       COALESCE(i.itemId, '') AS itemId, SUM(i.quantity) AS quantity,
       SUM(CASE WHEN ${O_SOLD} THEN i.lineTotalCents ELSE 0 END) AS revenueCents,
       SUM(i.refundedQty) AS refundedQty
     FROM OrderItem i JOIN "Order" o ON o.id = i.orderId
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  );
}

/** Per day and store: tickets (not merged) and CSAT. */
export function rawSupport(file: string): RawHourly[] {
  return query(
    file,
    `SELECT date((createdAt + 28800000) / 1000, 'unixepoch') AS day, COALESCE(storeId, '') AS storeId,
       COUNT(*) AS tickets, COALESCE(SUM(csatScore), 0) AS csatSum, COUNT(csatScore) AS csatCount,
       SUM(resolvedAt IS NOT NULL) AS resolved
     FROM Ticket WHERE mergedIntoId IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

/** Per campaign: redemptions and discounts. */
export function rawCampaigns(file: string): RawHourly[] {
  return query(
    file,
    `SELECT campaignId, COUNT(*) AS redemptions, SUM(discountCents) AS discountCents
     FROM Redemption GROUP BY 1 ORDER BY 1`,
  );
}

/** Per campaign, zone and channel of the order: redemptions and discounts. */
export function rawCampaignZones(file: string): RawHourly[] {
  return query(
    file,
    `SELECT r.campaignId, COALESCE(o.zoneId, '') AS zoneId, o.channel,
       COUNT(*) AS redemptions, SUM(r.discountCents) AS discountCents
     FROM Redemption r JOIN "Order" o ON o.id = r.orderId GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
}

/** Per customer, zone and channel: sold orders and the week of their first sold order anywhere. */
export function rawCustomerZones(file: string): RawHourly[] {
  return query(
    file,
    `WITH f AS (SELECT customerId,
         date(MIN(placedAt + 28800000) / 1000, 'unixepoch', 'weekday 0', '-6 days') AS firstWeek
       FROM "Order" WHERE customerId IS NOT NULL AND ${SOLD} GROUP BY 1)
     SELECT o.customerId, COALESCE(o.zoneId, '') AS zoneId, o.channel, COUNT(*) AS orders,
       f.firstWeek
     FROM "Order" o JOIN f ON f.customerId = o.customerId WHERE ${O_SOLD}
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
}

/** Per customer: sold orders and the week (Monday) of the first one. */
export function rawCustomers(file: string): RawHourly[] {
  return query(
    file,
    `SELECT customerId, COUNT(*) AS orders,
       date(MIN(placedAt + 28800000) / 1000, 'unixepoch', 'weekday 0', '-6 days') AS firstWeek
     FROM "Order" WHERE customerId IS NOT NULL AND ${SOLD} GROUP BY 1 ORDER BY 1`,
  );
}

/**
 * Customers active in weeks [first, last] (repeaters: 2+ sold orders there) and lapsed ones
 * (active in [previous, first), not in [first, last]), straight from sold orders.
 */
export function rawCustomerActivity(
  file: string,
  weeks: { previous: string; first: string; last: string },
  only: { zoneId?: string; channel?: string } = {},
): { active: number; repeaters: number; lapsed: number } {
  const WEEK = `date(("placedAt" + 28800000) / 1000, 'unixepoch', 'weekday 0', '-6 days')`;
  const dims = dimsWhere(only, "");
  const [row] = query<{ active: number; repeaters: number; lapsed: number }>(
    file,
    `WITH w AS (SELECT customerId, ${WEEK} AS week FROM "Order"
                WHERE customerId IS NOT NULL AND ${SOLD} ${dims}),
     now AS (SELECT customerId, COUNT(*) AS n FROM w
             WHERE week >= '${weeks.first}' AND week <= '${weeks.last}' GROUP BY 1),
     before AS (SELECT DISTINCT customerId FROM w
                WHERE week >= '${weeks.previous}' AND week < '${weeks.first}')
     SELECT (SELECT COUNT(*) FROM now) AS active,
       (SELECT COUNT(*) FROM now WHERE n >= 2) AS repeaters,
       (SELECT COUNT(*) FROM before WHERE customerId NOT IN (SELECT customerId FROM now)) AS lapsed`,
    only,
  );
  return row ?? { active: 0, repeaters: 0, lapsed: 0 };
}

/** A dashboard filter for the direct computations: business days, optional zone and channel. */
export type RawFilter = { from: string; to: string; zoneId?: string; channel?: string };

function dimsWhere(f: { zoneId?: string; channel?: string }, alias: string): string {
  const a = alias === "" ? "" : `${alias}.`;
  return [
    f.zoneId === undefined ? "" : `AND ${a}zoneId = @zoneId`,
    f.channel === undefined ? "" : `AND ${a}channel = @channel`,
  ].join(" ");
}

const O_DAY = `date((o.placedAt + 28800000) / 1000, 'unixepoch')`;
const periodWhere = (f: RawFilter) => `${O_DAY} BETWEEN @from AND @to ${dimsWhere(f, "o")}`;

/** Per dish, over the filter's orders: lines, quantity, revenue of sold orders, refunded qty. */
export function rawMenu(file: string, f: RawFilter): RawHourly[] {
  return query(
    file,
    `SELECT COALESCE(i.itemId, '') AS itemId, COUNT(*) AS lines, SUM(i.quantity) AS quantity,
       SUM(CASE WHEN ${O_SOLD} THEN i.lineTotalCents ELSE 0 END) AS revenueCents,
       SUM(i.refundedQty) AS refundedQty
     FROM OrderItem i JOIN "Order" o ON o.id = i.orderId WHERE ${periodWhere(f)}
     GROUP BY 1 ORDER BY 1`,
    f,
  );
}

/** Per courier, over the filter's delivered orders: deliveries and on-time deliveries. */
export function rawCourierPerf(file: string, f: RawFilter): RawHourly[] {
  return query(
    file,
    `SELECT o.courierId, COUNT(*) AS deliveries, SUM(o.deliveredAt <= o.promisedAt) AS onTime
     FROM "Order" o
     WHERE o.deliveredAt IS NOT NULL AND o.courierId IS NOT NULL AND ${periodWhere(f)}
     GROUP BY 1 ORDER BY 1`,
    f,
  );
}

/** Per campaign, over the filter's orders: redemptions and discounts. */
export function rawCampaignPerf(file: string, f: RawFilter): RawHourly[] {
  return query(
    file,
    `SELECT r.campaignId, COUNT(*) AS redemptions, SUM(r.discountCents) AS discountCents
     FROM Redemption r JOIN "Order" o ON o.id = r.orderId WHERE ${periodWhere(f)}
     GROUP BY 1 ORDER BY 1`,
    f,
  );
}

/**
 * Cohort cells: per first-order week (first sold order anywhere) and later week, customers
 * with a sold order in the filter's zone/channel that week (weeks between first and last).
 */
export function rawCohorts(
  file: string,
  weeks: { first: string; last: string },
  only: { zoneId?: string; channel?: string },
): { firstWeek: string; week: string; customers: number }[] {
  const WEEK = `date((o.placedAt + 28800000) / 1000, 'unixepoch', 'weekday 0', '-6 days')`;
  return query(
    file,
    `WITH f AS (SELECT customerId,
         date(MIN(placedAt + 28800000) / 1000, 'unixepoch', 'weekday 0', '-6 days') AS firstWeek
       FROM "Order" WHERE customerId IS NOT NULL AND ${SOLD} GROUP BY 1)
     SELECT f.firstWeek, ${WEEK} AS week, COUNT(DISTINCT o.customerId) AS customers
     FROM "Order" o JOIN f ON f.customerId = o.customerId
     WHERE ${O_SOLD} ${dimsWhere(only, "o")}
       AND f.firstWeek BETWEEN @first AND @last AND ${WEEK} BETWEEN f.firstWeek AND @last
     GROUP BY 1, 2 ORDER BY 1, 2`,
    { ...only, ...weeks },
  );
}
