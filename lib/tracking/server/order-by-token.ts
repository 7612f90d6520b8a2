import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";

type Tx = Prisma.TransactionClient;

// Tokens are base64url of ≥16 random bytes; anything else is refused before touching the DB.
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** The order behind a tracking token (exact match) with what public writes need; or 404. */
export async function getOrderByToken(db: Db | Tx, token: string) {
  const order = TOKEN_PATTERN.test(token)
    ? await db.order.findUnique({
        where: { trackingToken: token },
        select: {
          id: true,
          code: true,
          trackingToken: true,
          storeId: true,
          customerId: true,
          status: true,
          deliveredAt: true,
        },
      })
    : null;
  // SQLite compares text case-insensitively only with NOCASE; this guards the exact match anyway.
  if (!order || order.trackingToken !== token) throw new AppError("not_found", "No such order.");
  return order;
}
