import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatabaseKind } from "@/lib/platform/database-url";
import { containsText, engineOf } from "@/lib/platform/text-search";
import type { AuditFilters } from "../schemas";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  storeId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  userAgent: string | null;
};

/** The audit rows an actor may read, narrowed by the filters (store-scoped: their stores' and their own). */
function auditWhere(
  actor: Actor,
  f: AuditFilters,
  engine: DatabaseKind,
): Prisma.AuditLogWhereInput {
  // Text search ignores case on both engines (PostgreSQL's LIKE would not).
  const has = (text: string) => containsText(engine, text);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (actor.storeIds !== null)
    and.push({ OR: [{ storeId: { in: actor.storeIds } }, { actorId: actor.id }] });
  if (f.q) {
    and.push({
      OR: [
        { action: has(f.q) },
        { entityId: has(f.q) },
        { before: has(f.q) },
        { after: has(f.q) },
        { actorEmail: has(f.q) },
      ],
    });
  }
  if (f.actor) and.push({ actorEmail: has(f.actor) });
  if (f.entity) and.push({ entityType: f.entity });
  if (f.from) and.push({ createdAt: { gte: f.from } });
  if (f.to) and.push({ createdAt: { lt: f.to } });
  return and.length ? { AND: and } : {};
}

const select = {
  id: true,
  createdAt: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  storeId: true,
  before: true,
  after: true,
  ip: true,
  userAgent: true,
} as const;

/** One page of audit entries, newest first, and the total that match. */
export async function searchAudit(
  db: Db,
  actor: Actor,
  f: AuditFilters,
): Promise<{ rows: AuditEntry[]; total: number }> {
  const where = auditWhere(actor, f, engineOf(db));
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total };
}

/** The entity types seen in the log, for the filter. */
export async function findAuditEntityTypes(db: Db): Promise<string[]> {
  const rows = await db.auditLog.findMany({
    distinct: ["entityType"],
    select: { entityType: true },
    orderBy: { entityType: "asc" },
  });
  return rows.map((r) => r.entityType);
}

const CSV_LIMIT = 50_000;
const CSV_COLUMNS = [
  "createdAt",
  "actorEmail",
  "action",
  "entityType",
  "entityId",
  "storeId",
  "before",
  "after",
  "ip",
  "userAgent",
] as const;

/** A CSV cell: quoted, quotes doubled, and formula-leading characters neutralised for spreadsheets. */
export function csvCell(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every matching entry (up to 50,000) as CSV, newest first. */
export async function exportAuditCsv(db: Db, actor: Actor, f: AuditFilters): Promise<string> {
  const rows = await db.auditLog.findMany({
    where: auditWhere(actor, f, engineOf(db)),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CSV_LIMIT,
    select,
  });
  const lines = rows.map((r) =>
    CSV_COLUMNS.map((c) => csvCell(c === "createdAt" ? r.createdAt.toISOString() : r[c])).join(","),
  );
  return [CSV_COLUMNS.join(","), ...lines].join("\r\n") + "\r\n";
}
