import "server-only";
import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/platform/errors";
import { intakeOrderSchema, type IntakeOrderInput } from "@/lib/orders/schemas";

/** Largest accepted request body; a real basket is a few KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Field path as API clients write it: `items[0].quantity`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    "",
  );
}

function apiFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const base = fieldPath(issue.path);
    // An unknown key is named itself, so `items[0].priceCents` says exactly what to remove.
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => (base ? `${base}.${k}` : k))
        : [base || "body"];
    const message =
      issue.code === "unrecognized_keys"
        ? "Not accepted: prices and totals are computed by the server."
        : issue.message;
    for (const key of keys) (fields[key] ??= []).push(message);
  }
  return fields;
}

/** Reads a request body as text, refusing more than `limit` bytes without buffering it all. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = new AppError("payload_too_large", `The request body exceeds ${limit} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses and validates an intake body; malformed JSON is a 400, bad fields a 422 naming each. */
export function parseIntakeBody(text: string): { input: IntakeOrderInput; canonical: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  const parsed = intakeOrderSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", {
      fields: apiFieldErrors(parsed.error),
    });
  }
  return { input: parsed.data, canonical: JSON.stringify(value) };
}
