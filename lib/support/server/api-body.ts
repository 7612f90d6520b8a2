import "server-only";
import { AppError } from "@/lib/platform/errors";
import { zodFieldErrors } from "@/lib/platform/guard";
import { apiTicketSchema, type ApiTicketInput } from "../schemas";

/** Parses and validates a ticket body; malformed JSON is a 400, bad fields a 422 naming each. */
export function parseApiTicketBody(text: string): { input: ApiTicketInput; canonical: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  const parsed = apiTicketSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", {
      fields: zodFieldErrors(parsed.error),
    });
  }
  return { input: parsed.data, canonical: JSON.stringify(value) };
}
