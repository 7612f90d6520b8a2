import type { Db } from "@/lib/platform/db-client";

/** One message of the live event stream, as the browser receives it. */
export type LiveMessage = { id: number; topic: string; storeId: string | null; payload: unknown };

/** null: every store (platform roles); otherwise only these stores' events plus global ones. */
export type LiveScope = string[] | null;

const BATCH = 200;

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Outbox events after `cursor`, in id order, that the scope may see. The cursor query is an
 * indexed `id > n` range scan, cheap enough to poll every few hundred milliseconds.
 */
export async function findLiveEventsAfter(
  db: Db,
  cursor: number,
  scope: LiveScope,
  limit = BATCH,
  upTo?: number,
): Promise<LiveMessage[]> {
  const rows = await db.liveEvent.findMany({
    where: {
      id: upTo === undefined ? { gt: cursor } : { gt: cursor, lte: upTo },
      ...(scope === null ? {} : { OR: [{ storeId: { in: scope } }, { storeId: null }] }),
    },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, topic: true, storeId: true, payload: true },
  });
  return rows.map((r) => ({ ...r, payload: parsePayload(r.payload) }));
}

/**
 * Ids after `cursor` whatever their store, to spot gaps. On PostgreSQL ids are handed out at
 * insert but become visible at commit, so id 12 can be readable before id 11: a reader that
 * jumped past 11 would never send it.
 */
export async function findLiveEventIdsAfter(
  db: Db,
  cursor: number,
  limit = BATCH,
): Promise<number[]> {
  const rows = await db.liveEvent.findMany({
    where: { id: { gt: cursor } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * The highest id a reader at `cursor` may move to: the end of the run of consecutive ids, or
 * the last id when `skipGaps` (a gap that outlived the wait is a rolled-back insert), or
 * `cursor` when nothing is safe yet. `gap` is the first missing id, if any.
 */
export function contiguousEnd(
  cursor: number,
  ids: readonly number[],
  skipGaps: boolean,
): { end: number; gap: number | null } {
  let end = cursor;
  for (const id of ids) {
    if (id !== end + 1) {
      if (skipGaps) return { end: ids[ids.length - 1] ?? cursor, gap: null };
      return { end, gap: end + 1 };
    }
    end = id;
  }
  return { end, gap: null };
}

/**
 * The cursor a stream starts from: where the browser left off (Last-Event-ID after a
 * reconnect, or `?after=`), else the newest event, so a fresh page does not replay history.
 */
export async function resolveStartCursor(db: Db, resumeFrom: string | null): Promise<number> {
  if (resumeFrom !== null && /^\d{1,15}$/.test(resumeFrom)) return Number(resumeFrom);
  const latest = await db.liveEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}

/** One SSE message; `id:` lets EventSource resume by itself after a reconnect. */
export function formatSseMessage(message: LiveMessage): string {
  const data = JSON.stringify({
    topic: message.topic,
    storeId: message.storeId,
    payload: message.payload,
  });
  return `id: ${message.id}\ndata: ${data}\n\n`;
}
