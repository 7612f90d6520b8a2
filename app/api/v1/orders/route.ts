import { db } from "@/lib/platform/db";
import { authenticateApiKey } from "@/lib/platform/api-keys";
import { AppError, toProblem } from "@/lib/platform/errors";
import { problemResponse } from "@/lib/platform/guard";
import { withIdempotentTransaction } from "@/lib/platform/idempotency";
import { parseIntakeBody, readBody } from "@/lib/orders/server/intake-http";
import { placeOrderInTx } from "@/lib/orders/server/intake";
import { trackingUrl } from "@/lib/orders/server/channel-orders";
import { startWebhookWorker } from "@/lib/webhooks/worker";

const INSTANCE = "/api/v1/orders";

const toReplayable = (problem: { status: number }) => ({ status: problem.status, body: problem });

/** Places an order for the API key's store and channel (idempotent per Idempotency-Key). */
export async function POST(request: Request): Promise<Response> {
  try {
    const principal = await authenticateApiKey(db, request.headers.get("authorization"));
    startWebhookWorker(db);
    const key = request.headers.get("idempotency-key")?.trim();
    if (!key || key.length > 200) {
      throw new AppError(
        "bad_request",
        "An Idempotency-Key header (1–200 characters) is required.",
      );
    }
    const text = await readBody(request);
    const { input, canonical } = parseIntakeBody(text);
    // The order and the remembered answer commit in one transaction: a crash between them
    // cannot leave an order whose retry is refused, nor a claim that blocks the key.
    const result = await withIdempotentTransaction(
      db,
      { scope: principal.keyId, key, request: canonical },
      async (tx) => {
        const order = await placeOrderInTx(tx, principal, input);
        const { trackingToken, ...rest } = order;
        const url = trackingUrl(new URL(request.url).origin, trackingToken);
        return { status: 201, body: { ...rest, trackingUrl: url } };
      },
      // Refusals are answers too: a retry with the same key gets the same one.
      (error) => (error instanceof AppError ? toReplayable(toProblem(error, INSTANCE)) : null),
    );
    const problem = result.status >= 400;
    return Response.json(result.body, {
      status: result.status,
      headers: {
        ...(problem ? { "content-type": "application/problem+json" } : {}),
        ...(result.replayed ? { "idempotent-replayed": "true" } : {}),
      },
    });
  } catch (error) {
    return problemResponse(error, INSTANCE);
  }
}
