import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import { zodFieldErrors } from "@/lib/platform/guard";

export const MAX_BODY_BYTES = 4_096;

/** Reads a small JSON body and validates it; each failure is a typed 4xx AppError. */
export async function readPublicBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Body is too large.");
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new AppError("payload_too_large", "Body is too large.");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", {
      fields: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data;
}
