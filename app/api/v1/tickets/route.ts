import { db } from "@/lib/platform/db";
import { authenticateApiKey } from "@/lib/platform/api-keys";
import { AppError, toProblem } from "@/lib/platform/errors";
import { problemResponse } from "@/lib/platform/guard";
import { withIdempotency } from "@/lib/platform/idempotency";
import { readBody } from "@/lib/orders/server/intake-http";
import { parseApiTicketBody } from "@/lib/support/server/api-body";
import { fileApiTicket } from "@/lib/support/server/api-tickets";

const INSTANCE = "/api/v1/tickets";

/** Files a support ticket for the API key's store (idempotent per Idempotency-Key). */
export async function POST(request: Request): Promise<Response> {
  try {
    const principal = await authenticateApiKey(db, request.headers.get("authorization"));
    const key = request.headers.get("idempotency-key")?.trim();
    if (!key || key.length > 200) {
      throw new AppError(
        "bad_request",
        "An Idempotency-Key header (1–200 characters) is required.",
      );
    }
    const text = await readBody(request);
    const { input, canonical } = parseApiTicketBody(text);
    const result = await withIdempotency(
      db,
      { scope: principal.keyId, key, request: canonical },
      async () => {
        try {
          return { status: 201, body: await fileApiTicket(db, principal, input) };
        } catch (error) {
          // Refusals are answers too: a retry with the same key gets the same one.
          if (!(error instanceof AppError)) throw error;
          const problem = toProblem(error, INSTANCE);
          return { status: problem.status, body: problem };
        }
      },
    );
    return Response.json(result.body, {
      status: result.status,
      headers: {
        ...(result.status >= 400 ? { "content-type": "application/problem+json" } : {}),
        ...(result.replayed ? { "idempotent-replayed": "true" } : {}),
      },
    });
  } catch (error) {
    return problemResponse(error, INSTANCE);
  }
}
