import { db } from "@/lib/platform/db";
import { authenticateApiKey } from "@/lib/platform/api-keys";
import { AppError, toProblem } from "@/lib/platform/errors";
import { problemResponse } from "@/lib/platform/guard";
import { withIdempotency } from "@/lib/platform/idempotency";
import { parseIntakeBody, readBody } from "@/lib/orders/server/intake-http";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { trackingUrl } from "@/lib/orders/server/channel-orders";
import { startWebhookWorker } from "@/lib/webhooks/worker";

const INSTANCE = "/api/v1/orders";

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
    const result = await withIdempotency(
      db,
      { scope: principal.keyId, key, request: canonical },
      async () => {
        try {
          const order = await placeChannelOrder(db, principal, input);
          const { trackingToken, ...rest } = order;
          const url = trackingUrl(new URL(request.url).origin, trackingToken);
          return { status: 201, body: { ...rest, trackingUrl: url } };
        } catch (error) {
          // Refusals are answers too: a retry with the same key gets the same one.
          if (!(error instanceof AppError)) throw error;
          const problem = toProblem(error, INSTANCE);
          return { status: problem.status, body: problem };
        }
      },
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
